package io.camelbandwidth.messaging;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.model.MediaContent;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.ApiOperation;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Local media for sendMessage: what counts as a picture, limits checked before any request, and what happens to the
 * uploads when a step fails.
 */
class LocalMediaTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'};

    @TempDir
    Path folder;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"));
                from("direct:small").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&maxMediaSize=8"));
                from("direct:cleanup").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&deleteMediaAfterSend=true"));
            }
        };
    }

    private Exchange send(String endpoint, Object body, Map<String, Object> headers) {
        return template.request(endpoint, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    private static String mediaId(String url) {
        return url.substring(url.indexOf("/media/") + "/media/".length());
    }

    @Test
    void bytesBodyWithAMediaContentTypeIsAPicture() {
        Exchange exchange = send("direct:send", JPEG, Map.of(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/jpeg",
                BandwidthSmsConstants.TEXT, "caption"));
        assertNull(exchange.getException());

        AcceptedMessage mms = bandwidth.simulator().awaitAccepted(1, WAIT).get(0);
        assertEquals("caption", mms.text());
        assertArrayEquals(JPEG, bandwidth.simulator().storedMedia(ACCOUNT_ID, mediaId(mms.media().get(0))).orElseThrow().content());
        assertEquals(mms.media(), exchange.getMessage().getHeader(BandwidthSmsConstants.UPLOADED_MEDIA));
        assertEquals(1, exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_ESTIMATE));
    }

    @Test
    void aStreamOrBytesBodyIsAPictureOnlyWhenTheRouteSaysSo() {
        // an incoming HTTP request's Content-Type is no decision of the route: refused, nothing sent
        for (Object body : List.of(new ByteArrayInputStream(JPEG), JPEG)) {
            BandwidthValidationException refused = failure(send("direct:send", body,
                    Map.of(Exchange.CONTENT_TYPE, "image/jpeg")), BandwidthValidationException.class);
            assertEquals("body", refused.getField());
            assertTrue(refused.getMessage().contains(BandwidthSmsConstants.MEDIA_CONTENT_TYPE), refused.getMessage());
        }
        assertTrue(bandwidth.simulator().requests().isEmpty());

        Exchange exchange = send("direct:send", new ByteArrayInputStream(JPEG), Map.of(Exchange.CONTENT_TYPE,
                "image/jpeg", BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/jpeg"));
        assertNull(exchange.getException());
        AcceptedMessage mms = bandwidth.simulator().awaitAccepted(1, WAIT).get(0);
        assertNull(mms.text());
        assertEquals("image/jpeg", bandwidth.simulator().storedMedia(ACCOUNT_ID, mediaId(mms.media().get(0))).orElseThrow()
                .contentType());
    }

    @Test
    void aTextBodyWithATextContentTypeStaysText() {
        Exchange exchange = send("direct:send", "plain words".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8"));

        assertNull(exchange.getException());
        assertEquals("plain words", bandwidth.simulator().awaitAccepted(1, WAIT).get(0).text());
    }

    @Test
    @Timeout(20)
    void aFileThatNeverEndsIsRefusedWithoutReadingItAll() {
        Path endless = Path.of("/dev/zero"); // reports size 0, reads forever
        Assumptions.assumeTrue(Files.exists(endless), "a Unix device");

        BandwidthValidationException body = failure(send("direct:send", endless,
                Map.of(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/png")), BandwidthValidationException.class);
        assertEquals("body", body.getField());
        BandwidthValidationException header = failure(send("direct:send", "text",
                Map.of(BandwidthSmsConstants.MEDIA, endless.toFile(), BandwidthSmsConstants.MEDIA_CONTENT_TYPE,
                        "image/png")), BandwidthValidationException.class);
        assertEquals(BandwidthSmsConstants.MEDIA, header.getField());
        assertTrue(bandwidth.simulator().requests().isEmpty());
    }

    @Test
    void mediaHeaderMixesUrlsAndLocalFilesInOrder() throws Exception {
        Path photo = Files.write(folder.resolve("photo.gif"), new byte[] {'G', 'I', 'F', '8', '9', 'a'});
        Exchange exchange = send("direct:send", "Text body", Map.of(BandwidthSmsConstants.MEDIA, List.of(
                "https://example.com/logo.png", photo.toFile(), MediaContent.of("card.vcf", "text/vcard",
                        "BEGIN:VCARD".getBytes()))));
        assertNull(exchange.getException());

        AcceptedMessage mms = bandwidth.simulator().awaitAccepted(1, WAIT).get(0);
        assertEquals("Text body", mms.text());
        assertEquals(3, mms.media().size());
        assertEquals("https://example.com/logo.png", mms.media().get(0));
        assertEquals("image/gif", bandwidth.simulator().storedMedia(ACCOUNT_ID, mediaId(mms.media().get(1))).orElseThrow().contentType());
        assertEquals("text/vcard", bandwidth.simulator().storedMedia(ACCOUNT_ID, mediaId(mms.media().get(2))).orElseThrow().contentType());
    }

    @Test
    void limitsAreCheckedBeforeAnyRequest() throws Exception {
        BandwidthValidationException tooLarge = failure(send("direct:small", new byte[9],
                Map.of(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/png")), BandwidthValidationException.class);
        assertTrue(tooLarge.getMessage().contains("maxMediaSize"), tooLarge.getMessage());

        Path unknown = Files.write(folder.resolve("data.unknownext"), new byte[] {1, 2});
        BandwidthValidationException noType = failure(send("direct:send", "text",
                Map.of(BandwidthSmsConstants.MEDIA, unknown.toFile())), BandwidthValidationException.class);
        assertEquals(BandwidthSmsConstants.MEDIA, noType.getField());
        assertTrue(noType.getMessage().contains(BandwidthSmsConstants.MEDIA_CONTENT_TYPE), noType.getMessage());

        BandwidthValidationException empty = failure(send("direct:send", new byte[0],
                Map.of(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/png")), BandwidthValidationException.class);
        assertEquals("body", empty.getField());

        BandwidthValidationException eleven = failure(send("direct:send", "text",
                Map.of(BandwidthSmsConstants.MEDIA, java.util.Collections.nCopies(11, "https://example.com/a.png"))),
                BandwidthValidationException.class);
        assertEquals("media", eleven.getField());

        assertTrue(bandwidth.simulator().requests().isEmpty(), "nothing was sent");
    }

    @Test
    void failedUploadSendsNoMessageAndRemovesTheEarlierUploads() {
        // the first upload is processed normally (a zero delay), the second answered 503
        bandwidth.simulator().faults(ApiOperation.UPLOAD_MEDIA).delay(Duration.ZERO, 1).respond(503, 1);

        Exchange exchange = send("direct:send", "two pictures", Map.of(BandwidthSmsConstants.MEDIA, List.of(
                MediaContent.of("a.png", "image/png", new byte[] {1}), MediaContent.of("b.png", "image/png", new byte[] {2}))));

        BandwidthServerException failure = failure(exchange, BandwidthServerException.class);
        assertEquals(503, failure.getHttpResponseCode());
        assertEquals(0, bandwidth.simulator().acceptedCount(), "no message is sent");
        assertTrue(bandwidth.simulator().storedMedia(ACCOUNT_ID).isEmpty(), "the first upload was deleted");
        assertEquals(List.of("PUT", "PUT", "DELETE"), bandwidth.simulator().requests().stream().map(r -> r.method()).toList());
    }

    @Test
    void rejectedSendDeletesItsUploads() {
        bandwidth.simulator().faults().respond(400, 1);

        Exchange exchange = send("direct:send", JPEG, Map.of(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/jpeg"));

        failure(exchange, BandwidthRejectedException.class);
        assertTrue(bandwidth.simulator().storedMedia(ACCOUNT_ID).isEmpty(), "a message certainly not sent leaves no media behind");
        assertNull(exchange.getMessage().getHeader(BandwidthSmsConstants.UPLOADED_MEDIA));
    }

    @Test
    void maybeSentKeepsTheUploadsTheMessageMayReference() {
        bandwidth.simulator().faults().dropAfterAccept(1);

        Exchange exchange = send("direct:send", JPEG, Map.of(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/jpeg"));

        failure(exchange, BandwidthMaybeSentException.class);
        assertEquals(1, bandwidth.simulator().storedMedia(ACCOUNT_ID).size());
        List<?> uploaded = exchange.getMessage().getHeader(BandwidthSmsConstants.UPLOADED_MEDIA, List.class);
        assertEquals(bandwidth.simulator().mediaUri(ACCOUNT_ID, bandwidth.simulator().storedMedia(ACCOUNT_ID).get(0).mediaId()), uploaded.get(0));
    }

    @Test
    void deleteMediaAfterSendCleansUpOnceAccepted() {
        Exchange exchange = send("direct:cleanup", JPEG, Map.of(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/jpeg"));

        assertNull(exchange.getException());
        assertEquals(1, bandwidth.simulator().acceptedCount());
        assertTrue(bandwidth.simulator().storedMedia(ACCOUNT_ID).isEmpty());
        assertEquals(List.of("PUT", "POST", "DELETE"), bandwidth.simulator().requests().stream().map(r -> r.method()).toList());
    }
}
