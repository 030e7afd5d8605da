package io.camelbandwidth.messaging.callback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.support.BandwidthJson;
import io.camelbandwidth.messaging.testkit.Mangler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass reading of a webhook body against the tree reading it replaces for well-formed bodies: the same events
 * (every field, unknown ones with their Java types), the same malformed elements, the same refusal, for Bandwidth's
 * examples and for many bodies with values swapped, keys repeated, fields added and bytes mangled.
 */
class CallbackParserOnePassTest {

    private static final String DELIVERED = "{\"type\":\"message-delivered\",\"time\":\"2026-11-27T10:00:00.000Z\","
                                            + "\"description\":\"ok\",\"to\":\"+15554443333\",\"message\":{\"id\":"
                                            + "\"1589228074636lm4k2je7j7jklbn2\",\"owner\":\"+15551113333\","
                                            + "\"applicationId\":\"93de2206\",\"time\":\"2026-11-27T09:59:59.000Z\","
                                            + "\"segmentCount\":1,\"direction\":\"out\",\"to\":[\"+15554443333\"],"
                                            + "\"from\":\"+15551113333\",\"text\":\"\",\"tag\":\"t\"}}";
    private static final String FAILED = "{\"type\":\"message-failed\",\"time\":\"2026-11-27T10:00:00.000+02:00\","
                                         + "\"description\":\"rejected\",\"to\":\"+15554443333\",\"errorCode\":4720,"
                                         + "\"carrierName\":\"x\",\"message\":{\"id\":\"m-2\",\"segmentCount\":2,"
                                         + "\"direction\":\"out\",\"to\":\"+15554443333\",\"media\":[],"
                                         + "\"priority\":\"default\"}}";
    private static final String RECEIVED = "{\"type\":\"message-received\",\"time\":\"2026-11-27T10:00:00Z\","
                                           + "\"description\":\"Incoming message received\",\"to\":\"+15551113333\","
                                           + "\"flavour\":{\"a\":[1,2.5,true,null,99999999999999999999]},"
                                           + "\"message\":{\"id\":\"m-3\",\"text\":\"hi\",\"media\":"
                                           + "[\"https://x/1.png\"],\"channel\":\"SMS\",\"extra\":7}}";
    private static final String[] EVENTS = {DELIVERED, FAILED, RECEIVED};
    private static final String[] VALUES = {"null", "true", "false", "0", "-1", "4432", "1.5", "1e999", "\"\"",
        "\" \"", "\"x\"", "[]", "[\"x\"]", "{}", "{\"id\":\"m\"}", "99999999999999999999", "\"2026-11-27T10:00Z\""};
    private static final Pattern VALUE = Pattern.compile(":(\"[^\"]*\"|-?\\d+|\\[[^\\]]*\\]|true|false|null)");

    @ParameterizedTest
    @ValueSource(strings = {
            "[" + DELIVERED + "," + FAILED + "," + RECEIVED + "]", DELIVERED, "[]", " [ ] ", "[" + DELIVERED + "]x",
            "[" + DELIVERED + "] []", "[" + DELIVERED + ",]", "[1," + DELIVERED + "]", "null", "\"x\"", "", "  ",
            "[{\"type\":5,\"message\":{\"id\":\"m\"}}]", "[{\"type\":\"t\",\"message\":{\"id\":5}}]",
            "[{\"type\":\"t\",\"type\":5,\"message\":{\"id\":\"m\"}}]",
            "[{\"type\":5,\"type\":\"t\",\"message\":{\"id\":\"m\"}}]",
            "[{\"type\":\" \",\"message\":{\"id\":\"m\"}}]", "[{\"type\":\"t\",\"message\":null}]",
            "[{\"type\":\"t\",\"message\":\"m\"}]", "[{\"type\":\"t\",\"message\":{\"id\":\"m\"},\"to\":15554443333}]",
            "[{\"type\":\"t\",\"message\":{\"id\":\"m\"},\"errorCode\":\"4432\"}]",
            "[{\"type\":\"t\",\"message\":{\"id\":\"m\"},\"errorCode\":4432.0}]",
            "[{\"type\":\"t\",\"message\":{\"id\":\"m\",\"to\":\"+1555\"}},[],{}]"})
    void edgeCases(String body) {
        assertSameAsTheTreeReading(body);
    }

    @Test
    void generatedBodies() {
        Random random = new Random(20261201L);
        int wellFormed = 0;
        for (int i = 0; i < 5_000; i++) {
            List<String> events = new ArrayList<>();
            for (int j = 0, n = 1 + random.nextInt(4); j < n; j++) {
                events.add(vary(EVENTS[random.nextInt(EVENTS.length)], random));
            }
            String body = "[" + String.join(",", events) + "]";
            if (random.nextInt(5) == 0) {
                body = Mangler.mangle(body, random);
            }
            if (assertSameAsTheTreeReading(body)) {
                wellFormed++;
            }
        }
        assertTrue(wellFormed > 1_000, wellFormed + " bodies of well-formed events only");
    }

    /** An event with a value swapped, a key repeated or a field added, or as it is. */
    private static String vary(String event, Random random) {
        List<int[]> values = new ArrayList<>();
        Matcher matcher = VALUE.matcher(event);
        while (matcher.find()) {
            values.add(new int[] {matcher.start(1), matcher.end(1)});
        }
        int[] at = values.get(random.nextInt(values.size()));
        String value = VALUES[random.nextInt(VALUES.length)];
        return switch (random.nextInt(4)) {
            case 0 -> event.substring(0, at[0]) + value + event.substring(at[1]);
            case 1 -> event.replaceFirst("\\{", "{\"type\":" + value + ",");
            case 2 -> event.substring(0, event.length() - 1) + ",\"type\":" + value + "}";
            default -> event.substring(0, event.length() - 1) + ",\"x" + random.nextInt(3) + "\":" + value + "}";
        };
    }

    /** @return whether the body's elements were all events */
    private static boolean assertSameAsTheTreeReading(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        CallbackBatch expected;
        try {
            expected = CallbackParser.readAsTree(body, null);
        } catch (MalformedCallbackException refused) {
            try {
                CallbackParser.parse(body, null);
            } catch (MalformedCallbackException same) {
                assertEquals(refused.getMessage(), same.getMessage(), text);
                return false;
            }
            throw new AssertionError("read what the tree reading refuses (" + refused.getMessage() + "): " + text);
        }
        CallbackBatch actual;
        try {
            actual = CallbackParser.parse(body, null);
        } catch (MalformedCallbackException e) {
            throw new AssertionError("refused what the tree reading reads: " + text, e);
        }
        assertEquals(expected.malformed(), actual.malformed(), text);
        assertEquals(expected.events().size(), actual.events().size(), text);
        for (int i = 0; i < expected.events().size(); i++) {
            BandwidthCallback want = expected.events().get(i);
            BandwidthCallback got = actual.events().get(i);
            assertEquals(BandwidthJson.mapper().valueToTree(want), BandwidthJson.mapper().valueToTree(got), text);
            assertEquals(want.getAdditionalProperties(), got.getAdditionalProperties(), text);
            assertEquals(want.getMessage().getAdditionalProperties(), got.getMessage().getAdditionalProperties(), text);
            assertEquals(want.getTime(), got.getTime(), text);
            assertEquals(want.getMessage().getTime(), got.getMessage().getTime(), text);
        }
        return expected.malformed().isEmpty();
    }
}
