package io.camelbandwidth.messaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.model.BandwidthMedia;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.ApiOperation;
import io.camelbandwidth.simulator.FaultResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.PASSWORD;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * uploadMedia, getMedia, listMedia and deleteMedia against the simulator: bytes in, bytes out, real content types,
 * the same authentication, errors and validation as sending.
 */
class MediaOperationsTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final byte[] BINARY = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe, 0x0a, 0x0d, (byte) 0x80};

    @TempDir
    Path folder;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").to(bandwidth.oauthUri("operation=uploadMedia"));
                from("direct:get").to(bandwidth.oauthUri("operation=getMedia"));
                from("direct:list").to(bandwidth.basicUri("operation=listMedia"));
                from("direct:delete").to(bandwidth.basicUri("operation=deleteMedia"));
                from("direct:any").to(bandwidth.oauthUri(""));
                from("direct:wrongPassword").to(bandwidth.basicUri("operation=listMedia").replace(PASSWORD, "not-it"));
            }
        };
    }

    private Exchange call(String endpoint, Object body, Map<String, Object> headers) {
        return template.request(endpoint, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    @Test
    void uploadThenGetReturnsTheSameBytesAndType() {
        Exchange upload = call("direct:upload", BINARY, Map.of(BandwidthSmsConstants.MEDIA_ID, "logo.png",
                BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/png"));
        assertNull(upload.getException());
        String url = bandwidth.simulator().mediaUri(ACCOUNT_ID, "logo.png");
        assertEquals(url, upload.getMessage().getBody());
        assertEquals(url, upload.getMessage().getHeader(BandwidthSmsConstants.MEDIA_URL));
        assertEquals("image/png", bandwidth.simulator().requests().get(0).header("Content-Type"));

        Exchange get = call("direct:get", null, Map.of(BandwidthSmsConstants.MEDIA_ID, "logo.png"));
        assertNull(get.getException());
        assertInstanceOf(byte[].class, get.getMessage().getBody());
        assertArrayEquals(BINARY, get.getMessage().getBody(byte[].class), "binary content is never turned into text");
        assertEquals("image/png", get.getMessage().getHeader(Exchange.CONTENT_TYPE));
        assertEquals("image/png", get.getMessage().getHeader(BandwidthSmsConstants.MEDIA_CONTENT_TYPE));
    }

    @Test
    void uploadAFileNamesItAndDetectsItsType() throws Exception {
        Path clip = Files.write(folder.resolve("clip.mp4"), BINARY);
        Exchange upload = call("direct:upload", clip.toFile(), Map.of());
        assertNull(upload.getException());
        String mediaId = upload.getMessage().getHeader(BandwidthSmsConstants.MEDIA_ID, String.class);
        assertTrue(mediaId.endsWith("-clip.mp4"), mediaId);
        assertEquals("video/mp4", bandwidth.simulator().storedMedia(ACCOUNT_ID, mediaId).orElseThrow().contentType());
    }

    @Test
    void getMediaOfAnInboundMmsByItsUrl() {
        String mediaId = "1589228074636lm4k2je7j7jklbn2/0/bw.png";
        bandwidth.simulator().putMedia(ACCOUNT_ID, mediaId, "image/png", BINARY);

        Exchange get = call("direct:get", null, Map.of(BandwidthSmsConstants.MEDIA_ID,
                bandwidth.simulator().mediaUri(ACCOUNT_ID, mediaId)));

        assertNull(get.getException());
        assertArrayEquals(BINARY, get.getMessage().getBody(byte[].class));
        assertEquals(mediaId, get.getMessage().getHeader(BandwidthSmsConstants.MEDIA_ID));
    }

    @Test
    void listMediaPagesWithTheContinuationToken() {
        for (String name : List.of("a.png", "b.png", "c.png", "d.png", "e.png")) {
            bandwidth.simulator().putMedia(ACCOUNT_ID, name, "image/png", BINARY);
        }
        List<String> names = new ArrayList<>();
        Map<String, Object> headers = new HashMap<>();
        int pages = 0;
        do {
            Exchange page = call("direct:list", null, headers);
            assertNull(page.getException());
            List<?> media = page.getMessage().getBody(List.class);
            media.forEach(m -> names.add(((BandwidthMedia) m).getMediaName()));
            assertEquals((long) BINARY.length, ((BandwidthMedia) media.get(0)).getContentLength());
            headers = new HashMap<>(page.getMessage().getHeaders());
            pages++;
        } while (headers.containsKey(BandwidthSmsConstants.CONTINUATION_TOKEN));
        assertEquals(List.of("a.png", "b.png", "c.png", "d.png", "e.png"), names);
        assertEquals(3, pages);
        assertEquals(bandwidth.simulator().mediaUri(ACCOUNT_ID, "a.png"), ((BandwidthMedia) call("direct:list", null, Map.of())
                .getMessage().getBody(List.class).get(0)).getContent());
    }

    @Test
    void deleteMediaThenItIsGone() {
        bandwidth.simulator().putMedia(ACCOUNT_ID, "old.png", "image/png", BINARY);
        Exchange delete = call("direct:delete", "kept body", Map.of(BandwidthSmsConstants.MEDIA_ID, "old.png"));
        assertNull(delete.getException());
        assertEquals("kept body", delete.getMessage().getBody());
        assertFalse(bandwidth.simulator().storedMedia(ACCOUNT_ID, "old.png").isPresent());

        BandwidthRejectedException notFound = failure(call("direct:get", null,
                Map.of(BandwidthSmsConstants.MEDIA_ID, "old.png")), BandwidthRejectedException.class);
        assertEquals(404, notFound.getHttpResponseCode());
    }

    @Test
    void operationHeaderOverridesTheEndpoint() {
        bandwidth.simulator().putMedia(ACCOUNT_ID, "x.gif", "image/gif", BINARY);
        Exchange get = call("direct:any", null, Map.of(BandwidthSmsConstants.OPERATION, "getMedia",
                BandwidthSmsConstants.MEDIA_ID, "x.gif"));
        assertNull(get.getException());
        assertArrayEquals(BINARY, get.getMessage().getBody(byte[].class));

        BandwidthValidationException unknown = failure(call("direct:any", null,
                Map.of(BandwidthSmsConstants.OPERATION, "sendFax")), BandwidthValidationException.class);
        assertEquals(BandwidthSmsConstants.OPERATION, unknown.getField());
    }

    @Test
    void errorsAreTypedAsForSending() {
        BandwidthAuthenticationException refused = failure(call("direct:wrongPassword", null, Map.of()),
                BandwidthAuthenticationException.class);
        assertEquals(401, refused.getHttpResponseCode());

        bandwidth.simulator().faults(ApiOperation.GET_MEDIA).respond(FaultResponse.status(429).header("Retry-After", "2"), 1);
        Exchange limited = call("direct:get", null, Map.of(BandwidthSmsConstants.MEDIA_ID, "any.png"));
        assertTrue(failure(limited, BandwidthRateLimitException.class).isRetrySafe());
        assertEquals(2000L, limited.getMessage().getHeader(Exchange.REDELIVERY_DELAY));

        BandwidthRejectedException unsupported = failure(call("direct:upload", BINARY, Map.of(
                BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "application/x-msdownload")), BandwidthRejectedException.class);
        assertEquals(415, unsupported.getHttpResponseCode());
    }

    @Test
    void invalidRequestsFailBeforeAnyRequest() {
        assertEquals(BandwidthSmsConstants.MEDIA_ID, failure(call("direct:get", null, Map.of()),
                BandwidthValidationException.class).getField());
        assertEquals(BandwidthSmsConstants.MEDIA_ID, failure(call("direct:delete", null,
                Map.of(BandwidthSmsConstants.MEDIA_ID, "https://elsewhere.example.com/media/a.png")),
                BandwidthValidationException.class).getField());
        assertEquals(BandwidthSmsConstants.MEDIA_ID, failure(call("direct:delete", null,
                Map.of(BandwidthSmsConstants.MEDIA_ID, "a/../b.png")), BandwidthValidationException.class).getField());
        assertEquals("body", failure(call("direct:upload", BINARY, Map.of()), BandwidthValidationException.class)
                .getField(), "bytes without a media type");
        assertEquals("body", failure(call("direct:upload", null, Map.of()), BandwidthValidationException.class)
                .getField());
        assertTrue(bandwidth.simulator().requests().isEmpty());
    }
}
