package io.camelbandwidth.messaging;

import java.util.stream.Stream;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The segment estimate made before sending equals the {@code segmentCount} the simulator answers (the oracle, written
 * independently), for a table of texts at every boundary; {@code maxSegments} refuses what would cost more.
 */
class SegmentEstimateTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"));
                from("direct:guarded").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&maxSegments=2"));
            }
        };
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain", "Hello world", 1),
                Arguments.of("160 GSM-7", "a".repeat(160), 1),
                Arguments.of("161 GSM-7", "a".repeat(161), 2),
                Arguments.of("306 GSM-7", "a".repeat(306), 2),
                Arguments.of("307 GSM-7", "a".repeat(307), 3),
                Arguments.of("459 GSM-7", "b".repeat(459), 3),
                Arguments.of("460 GSM-7", "b".repeat(460), 4),
                Arguments.of("GSM-7 accents and Greek", "Ça coute 5€? Δ ß Ñ ü à é".repeat(3), 1),
                Arguments.of("one non-GSM accent (û) makes it UCS-2", "Ça coûte 5€? Δ ß Ñ ü à é".repeat(3), 2),
                Arguments.of("80 extension chars = 160 septets", "{".repeat(80), 1),
                Arguments.of("81 extension chars = 162 septets", "[".repeat(81), 2),
                Arguments.of("159 + euro = 161 septets", "a".repeat(159) + "€", 2),
                Arguments.of("152 + ^ at the first segment boundary", "a".repeat(152) + "^" + "a".repeat(10), 2),
                Arguments.of("extension char pushed to the third segment", "a".repeat(152) + "|" + "a".repeat(152) + "~", 3),
                Arguments.of("form feed and backslash", "\f\\".repeat(40), 1),
                Arguments.of("70 UCS-2", "ж".repeat(70), 1),
                Arguments.of("71 UCS-2", "ж".repeat(71), 2),
                Arguments.of("134 UCS-2", "中".repeat(134), 2),
                Arguments.of("135 UCS-2", "中".repeat(135), 3),
                Arguments.of("35 emoji = 70 units", "😀".repeat(35), 1),
                Arguments.of("36 emoji = 72 units", "😀".repeat(36), 2),
                Arguments.of("emoji not split at 67", "a".repeat(66) + "😀" + "a".repeat(10), 2),
                Arguments.of("one emoji makes it UCS-2", "a".repeat(100) + "🙂", 2),
                Arguments.of("curly quote makes it UCS-2", "It’s " + "a".repeat(70), 2),
                Arguments.of("mixed long", ("Order #42 shipped ✓ " + "x".repeat(40)).repeat(5), 5),
                Arguments.of("2048 GSM-7", "z".repeat(2048), 14),
                Arguments.of("newlines", "line\r\n".repeat(30), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void estimateEqualsTheSimulatorsCount(String name, String text, int expected) {
        Exchange exchange = template.request("direct:send", e -> e.getMessage().setBody(text));

        assertNull(exchange.getException(), () -> "send failed: " + exchange.getException());
        int answered = exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT, Integer.class);
        assertEquals(answered, exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_ESTIMATE));
        assertEquals(expected, answered, "the table itself");
    }

    @Test
    void mmsIsOneSegmentWhateverItsText() {
        Exchange exchange = template.request("direct:guarded", e -> {
            e.getMessage().setBody("😀".repeat(300));
            e.getMessage().setHeader(BandwidthSmsConstants.MEDIA, "https://example.com/a.png");
        });
        assertNull(exchange.getException());
        assertEquals(1, exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_ESTIMATE));
        assertEquals(1, exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT));
    }

    @Test
    void maxSegmentsRefusesAMoreExpensiveMessageBeforeSending() {
        Exchange allowed = template.request("direct:guarded", e -> e.getMessage().setBody("a".repeat(306)));
        assertNull(allowed.getException());

        Exchange refused = template.request("direct:guarded", e -> e.getMessage().setBody("a".repeat(250) + "😀"));

        BandwidthSegmentLimitException failure = failure(refused, BandwidthSegmentLimitException.class);
        assertEquals(4, failure.getEstimatedSegments());
        assertEquals(2, failure.getMaxSegments());
        assertEquals("text", failure.getField());
        assertTrue(failure.getMessage().contains("UCS-2"), failure.getMessage());
        assertEquals(4, refused.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_ESTIMATE));
        assertEquals(1, bandwidth.simulator().requests().size(), "only the allowed message was sent");
        assertTrue(failure instanceof BandwidthValidationException);
    }
}
