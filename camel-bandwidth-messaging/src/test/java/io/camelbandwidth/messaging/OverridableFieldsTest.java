package io.camelbandwidth.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelbandwidth.messaging.model.MediaContent;
import io.camelbandwidth.messaging.model.MessageRequest;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.AcceptedMessage;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.camelbandwidth.messaging.testkit.TestAccount.APPLICATION_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code overridableFields}: the route owner lists the request fields an exchange may set; a body or header that sets
 * another one (the sender, the application, media) is refused before anything is sent.
 */
class OverridableFieldsTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:guarded").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"
                                                             + "&overridableFields=to,tag,priority,expiration"));
                from("direct:open").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"));
            }
        };
    }

    private Exchange send(String endpoint, Object body, Map<String, Object> headers) {
        return template.request(endpoint, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    static Stream<Arguments> fixedFields() {
        MessageRequest otherSender = MessageRequest.text("+19999999999", "hi", "+15554443333");
        MessageRequest otherApplication = MessageRequest.text(null, "hi", "+15554443333");
        otherApplication.setApplicationId("evil-app");
        return Stream.of(
                arguments("a Map body's sender", Map.of("text", "hi", "from", "+19999999999"), Map.of(), "from"),
                arguments("a Map body's application", Map.of("text", "hi", "applicationId", "evil-app"), Map.of(),
                        "applicationId"),
                arguments("a Map body's media", Map.of("text", "hi", "media", List.of("https://evil.example/x.png")),
                        Map.of(), "media"),
                arguments("a MessageRequest body's sender", otherSender, Map.of(), "from"),
                arguments("a MessageRequest body's application", otherApplication, Map.of(), "applicationId"),
                arguments("the sender header", "hi", Map.of(BandwidthSmsConstants.FROM, "+19999999999"),
                        BandwidthSmsConstants.FROM),
                arguments("the application header", "hi", Map.of(BandwidthSmsConstants.APPLICATION_ID, "evil-app"),
                        BandwidthSmsConstants.APPLICATION_ID),
                arguments("the media header", "hi", Map.of(BandwidthSmsConstants.MEDIA, "https://evil.example/x.png"),
                        BandwidthSmsConstants.MEDIA),
                arguments("a picture body", MediaContent.of("x.png", "image/png", new byte[] {1, 2, 3}), Map.of(),
                        "media"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixedFields")
    void aFieldTheOwnerFixedCannotBeSetByTheExchange(String what, Object body, Map<String, Object> headers,
                                                     String field) {
        Exchange exchange = send("direct:guarded", body, headers);

        BandwidthValidationException failure = failure(exchange, BandwidthValidationException.class);
        assertEquals(field, failure.getField(), failure.getMessage());
        assertTrue(failure.getMessage().contains("overridableFields"), failure.getMessage());
        assertFalse(failure.isRetrySafe());
        assertTrue(bandwidth.simulator().requests().isEmpty(), "nothing was sent");
        assertEquals(0, bandwidth.simulator().tokensIssued(), "not even a token request");
    }

    @Test
    void theListedFieldsAndTheTextMayBeSet() {
        OffsetDateTime expiration = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2);
        Exchange exchange = send("direct:guarded", Map.of("text", "chosen text", "to", List.of("+15552223333"),
                "tag", "order-42", "priority", "high", "expiration", expiration.toString()), Map.of());

        assertNull(exchange.getException(), () -> "refused: " + exchange.getException());
        AcceptedMessage accepted = bandwidth.simulator().awaitAccepted(1, WAIT).get(0);
        assertEquals("chosen text", accepted.text());
        assertEquals(List.of("+15552223333"), accepted.to());
        assertEquals("order-42", accepted.tag());
        assertEquals("high", accepted.priority());
        assertEquals(FROM, accepted.from(), "the endpoint's sender");
        assertEquals(APPLICATION_ID, accepted.applicationId(), "the endpoint's application");
    }

    @Test
    void withoutTheOptionTheExchangeMaySetEveryField() {
        Exchange exchange = send("direct:open", Map.of("text", "hi", "from", "+15550001111"), Map.of());

        assertNull(exchange.getException());
        assertEquals("+15550001111", bandwidth.simulator().awaitAccepted(1, WAIT).get(0).from());
    }

    @Test
    void anUnknownFieldInTheOptionFailsTheEndpoint() {
        Exception e = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(
                bandwidth.oauthUri("overridableFields=to,sender")));
        assertTrue(e.getCause().getMessage().contains("sender"), e.getCause().getMessage());
    }
}
