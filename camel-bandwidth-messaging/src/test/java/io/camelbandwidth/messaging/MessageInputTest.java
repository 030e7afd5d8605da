package io.camelbandwidth.messaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.model.MessagePriority;
import io.camelbandwidth.messaging.model.MessageRequest;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.AcceptedMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static io.camelbandwidth.messaging.testkit.TestAccount.APPLICATION_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a route can give the producer: text bodies of any kind, headers overriding endpoint options, a whole request.
 */
class MessageInputTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final String OTHER_APPLICATION = "app-from-header";

    @TempDir
    Path folder;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&tag=endpoint-tag&priority=default"
                                                + "&media=https://example.com/endpoint.png&expiration=PT1H"));
                from("direct:plain").to(bandwidth.oauthUri("from=" + FROM));
            }
        };
    }

    private AcceptedMessage send(String endpoint, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(endpoint, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        assertNull(exchange.getException(), () -> "send failed: " + exchange.getException());
        return bandwidth.simulator().awaitAccepted(1, WAIT).get(0);
    }

    @Test
    void endpointOptionsAreTheDefaults() {
        AcceptedMessage accepted = send("direct:send", "Hello", Map.of());

        assertEquals(List.of("+15554443333"), accepted.to());
        assertEquals("endpoint-tag", accepted.tag());
        assertEquals("default", accepted.priority());
        assertEquals(List.of("https://example.com/endpoint.png"), accepted.media());
        OffsetDateTime expiration = OffsetDateTime.parse(accepted.request().get("expiration").asText());
        long minutesAhead = ChronoUnit.MINUTES.between(OffsetDateTime.now(ZoneOffset.UTC), expiration);
        assertTrue(minutesAhead >= 58 && minutesAhead <= 60, "PT1H is an hour from sending: " + minutesAhead);
    }

    @Test
    void headersOverrideEndpointOptions() {
        OffsetDateTime expiration = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        AcceptedMessage accepted = send("direct:send", "Hello", Map.of(
                BandwidthSmsConstants.TO, List.of("+15552223333", "+15556667777"),
                BandwidthSmsConstants.FROM, "+15550001111",
                BandwidthSmsConstants.APPLICATION_ID, OTHER_APPLICATION,
                BandwidthSmsConstants.MEDIA, "https://example.com/a.png, https://example.com/b.png",
                BandwidthSmsConstants.TAG, "header-tag",
                BandwidthSmsConstants.PRIORITY, "high",
                BandwidthSmsConstants.EXPIRATION, expiration));

        assertEquals(List.of("+15552223333", "+15556667777"), accepted.to());
        assertEquals("+15550001111", accepted.from());
        assertEquals(OTHER_APPLICATION, accepted.applicationId());
        assertEquals(List.of("https://example.com/a.png", "https://example.com/b.png"), accepted.media());
        assertEquals("header-tag", accepted.tag());
        assertEquals("high", accepted.priority());
        assertEquals(expiration.toInstant(), OffsetDateTime.parse(accepted.request().get("expiration").asText()).toInstant());
    }

    @Test
    void aMediaUrlWithACommaTravelsWholeInAList() {
        String withComma = "https://example.com/render?size=640,480&format=png";

        AcceptedMessage listed = send("direct:plain", "a picture", Map.of(BandwidthSmsConstants.TO, "+15554443333",
                BandwidthSmsConstants.MEDIA, List.of(withComma)));
        assertEquals(List.of(withComma), listed.media(), "a List item is one URL, commas and all");

        Exchange split = template.request("direct:plain", e -> {
            e.getMessage().setBody("a picture");
            e.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333");
            e.getMessage().setHeader(BandwidthSmsConstants.MEDIA, withComma);
        });
        BandwidthValidationException failure = failure(split, BandwidthValidationException.class);
        assertEquals("media", failure.getField(), "a String is comma-separated, as documented: its second part is no URL");
        assertEquals(1, bandwidth.simulator().requests().size(), "only the List form was sent");
    }

    @Test
    void alphanumericSenderId() {
        AcceptedMessage accepted = send("direct:plain", "Your code is 1234",
                Map.of(BandwidthSmsConstants.TO, "+15554443333", BandwidthSmsConstants.FROM, "Acme & Co"));
        assertEquals("Acme & Co", accepted.from());
    }

    @Test
    void messageRequestBodyIsTheWholeRequest() {
        MessageRequest request = MessageRequest.text("+15550001111", "From a request object", "+15552223333");
        request.setPriority(MessagePriority.HIGH);

        AcceptedMessage accepted = send("direct:send", request, Map.of(BandwidthSmsConstants.TAG, "header-tag"));

        assertEquals("+15550001111", accepted.from());
        assertEquals(List.of("+15552223333"), accepted.to());
        assertEquals("From a request object", accepted.text());
        assertEquals("high", accepted.priority());
        assertEquals("header-tag", accepted.tag(), "fields the request leaves empty come from headers");
        assertEquals(APPLICATION_ID, accepted.applicationId(), "... or the endpoint");
        assertNull(request.getApplicationId(), "the caller's object is not changed");
    }

    @Test
    void mapBodyFromJsonIsARequest() {
        AcceptedMessage accepted = send("direct:plain", Map.of("to", "+15552223333", "text", "From JSON",
                "tag", "json-tag"), Map.of());

        assertEquals("From JSON", accepted.text());
        assertEquals(List.of("+15552223333"), accepted.to(), "a single recipient may be a plain string");
        assertEquals("json-tag", accepted.tag());
    }

    @Test
    void fileAndBytesBodiesAreText() throws Exception {
        Path file = Files.writeString(folder.resolve("note.txt"), "Héllo from a file ✓", StandardCharsets.UTF_8);
        assertEquals("Héllo from a file ✓", send("direct:send", file.toFile(), Map.of()).text());

        bandwidth.simulator().reset();
        assertEquals("bytes", send("direct:send", "bytes".getBytes(StandardCharsets.UTF_8), Map.of()).text());
    }

    @Test
    void unicodeTextCountsUcs2Segments() {
        String text = "😀".repeat(40); // 80 UTF-16 units: two UCS-2 segments
        Exchange exchange = template.request("direct:plain", e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333");
        });

        assertEquals(2, exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT));
        assertEquals(text, bandwidth.simulator().awaitAccepted(1, WAIT).get(0).text());
    }
}
