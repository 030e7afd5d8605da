package io.camelbandwidth.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.camelbandwidth.messaging.model.BandwidthMessage;
import io.camelbandwidth.messaging.model.MessageRequest;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every rule is checked before a request leaves the process: the exchange fails with a typed exception naming the
 * field, and the simulator sees no request at all.
 */
class ValidationTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final String TO = BandwidthSmsConstants.TO;
    private static final String MEDIA = BandwidthSmsConstants.MEDIA;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM));
            }
        };
    }

    static Stream<Arguments> invalidMessages() {
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("+1555000000" + (i < 10 ? "0" + i : String.valueOf(i)));
        }
        MessageRequest noApplication = MessageRequest.text(FROM, "hi", "+15554443333");
        return Stream.of(
                arguments("no recipient", "hi", Map.of(), "to"),
                arguments("recipient not E.164", "hi", Map.of(TO, "5554443333"), "to"),
                arguments("recipient with letters", "hi", Map.of(TO, "+1555CALLME"), "to"),
                arguments("recipient too long", "hi", Map.of(TO, "+1234567890123456"), "to"),
                arguments("duplicate recipient", "hi", Map.of(TO, "+15554443333,+15554443333"), "to"),
                arguments("11 recipients", "hi", Map.of(TO, eleven), "to"),
                arguments("sender not E.164 nor sender id", "hi",
                        Map.of(TO, "+15554443333", BandwidthSmsConstants.FROM, "+1-555-111"), "from"),
                arguments("sender id too long", "hi",
                        Map.of(TO, "+15554443333", BandwidthSmsConstants.FROM, "AcmeShopOnline"), "from"),
                arguments("sender id without a letter", "hi",
                        Map.of(TO, "+15554443333", BandwidthSmsConstants.FROM, "12345"), "from"),
                arguments("no text and no media", null, Map.of(TO, "+15554443333"), "text"),
                arguments("empty text and no media", "", Map.of(TO, "+15554443333"), "text"),
                arguments("text over 2048 characters", "x".repeat(2049), Map.of(TO, "+15554443333"), "text"),
                arguments("tag over 1024 characters", "hi",
                        Map.of(TO, "+15554443333", BandwidthSmsConstants.TAG, "t".repeat(1025)), "tag"),
                arguments("media not http", "hi", Map.of(TO, "+15554443333", MEDIA, "ftp://example.com/a.png"), "media"),
                arguments("media relative", "hi", Map.of(TO, "+15554443333", MEDIA, "/images/a.png"), "media"),
                arguments("media URL over 4096", "hi",
                        Map.of(TO, "+15554443333", MEDIA, "https://example.com/" + "a".repeat(4090)), "media"),
                arguments("priority unknown", "hi",
                        Map.of(TO, "+15554443333", BandwidthSmsConstants.PRIORITY, "urgent"), BandwidthSmsConstants.PRIORITY),
                arguments("expiration in the past", "hi",
                        Map.of(TO, "+15554443333", BandwidthSmsConstants.EXPIRATION, Instant.now().minusSeconds(60)),
                        "expiration"),
                arguments("expiration unreadable", "hi",
                        Map.of(TO, "+15554443333", BandwidthSmsConstants.EXPIRATION, "tomorrow"),
                        BandwidthSmsConstants.EXPIRATION),
                arguments("to header of a wrong type", "hi", Map.of(TO, 15554443333L), TO),
                arguments("to list holding a number", "hi", Map.of(TO, List.of(15554443333L)), TO),
                arguments("to list holding null", "hi", Map.of(TO, Arrays.asList("+15554443333", null)), TO),
                arguments("to array holding null", "hi", Map.of(TO, new String[] {null}), TO),
                arguments("to holding null in a Map body", Map.of("text", "hi", "to", Arrays.asList("+15554443333", null)),
                        Map.of(), "to"),
                arguments("media header of a wrong type", "hi", Map.of(TO, "+15554443333", MEDIA, 42), MEDIA),
                arguments("tag header of a wrong type", "hi",
                        Map.of(TO, "+15554443333", BandwidthSmsConstants.TAG, 7), BandwidthSmsConstants.TAG),
                arguments("expiration header of a wrong type", "hi",
                        Map.of(TO, "+15554443333", BandwidthSmsConstants.EXPIRATION, 12L), BandwidthSmsConstants.EXPIRATION),
                arguments("a body that is not text", new java.util.concurrent.atomic.AtomicLong(7),
                        Map.of(TO, "+15554443333"), "body"),
                arguments("Bandwidth's answer fed back as a body", new io.camelbandwidth.messaging.model.BandwidthMessage(),
                        Map.of(TO, "+15554443333"), "body"),
                arguments("priority of a wrong value in a Map body", Map.of("text", "hi", "to", "+15554443333",
                        "priority", "urgent"), Map.of(), "priority"),
                arguments("expiration unreadable in a Map body", Map.of("text", "hi", "to", "+15554443333",
                        "expiration", "next week"), Map.of(), "expiration"),
                arguments("applicationId blank in a request body", withApplication(noApplication, " "), Map.of(),
                        "applicationId"));
    }

    private static MessageRequest withApplication(MessageRequest request, String applicationId) {
        request.setApplicationId(applicationId);
        return request;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMessages")
    void rejectedBeforeSending(String description, Object body, Map<String, Object> headers, String field) {
        Exchange exchange = template.request("direct:send", e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });

        BandwidthValidationException failure = failure(exchange, BandwidthValidationException.class);
        assertEquals(field, failure.getField(), failure.getMessage());
        assertTrue(failure.getMessage().contains(field), failure.getMessage());
        assertFalse(failure.isRetrySafe(), "a bad message stays bad");
        assertTrue(bandwidth.simulator().requests().isEmpty(), "no request may leave the process");
        assertEquals(0, bandwidth.simulator().tokensIssued(), "not even a token request");
    }
}
