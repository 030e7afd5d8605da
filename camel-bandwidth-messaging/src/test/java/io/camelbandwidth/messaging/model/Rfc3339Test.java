package io.camelbandwidth.messaging.model;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The RFC 3339 fast path against {@link OffsetDateTime#parse}: the same date-time for every text parse accepts, the
 * same exception for every text it refuses, on hand-picked edge cases and on many generated and mutated texts.
 */
class Rfc3339Test {

    private static final long SEED = 20261201L;
    private static final String ALPHABET = "0123456789-+:.TtZz ,/x\u0661\uFF11";

    @ParameterizedTest
    @ValueSource(strings = {
            "2024-12-18T16:51:27.704450Z", "2022-06-16T13:15:07.160Z", "2021-02-03T04:05:06Z",
            "2021-02-03t04:05:06z", "2021-02-03T04:05:06+05:30", "2021-02-03T04:05:06-08:00",
            "2021-02-03T04:05:06.123456789-00:00", "2024-02-29T23:59:59.9+18:00", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999-18:00", "2021-02-03T04:05:06.1Z",
            "2021-02-03T04:05:06.Z"}) // a point without digits: parse reads it too
    void theCommonFormTakesTheFastPathAndReadsWhatParseReads(String text) {
        OffsetDateTime fast = Rfc3339.parseCommonForm(text);

        assertNotNull(fast, text);
        assertEquals(OffsetDateTime.parse(text), fast, text);
        assertEquals(OffsetDateTime.parse(text).getOffset(), fast.getOffset(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // other forms parse reads: left to it
            "2021-02-03T04:05Z", "2021-02-03T04:05:06+05:30:15", "+12021-02-03T04:05:06Z",
            // values out of range, malformed texts: parse's exception
            "2023-02-29T00:00:00Z", "2021-04-31T00:00:00Z", "2021-13-01T00:00:00Z", "2021-00-01T00:00:00Z",
            "2021-02-03T24:00:00Z", "2021-02-03T23:60:00Z", "2021-02-03T23:59:60Z", "2021-02-03T04:05:06+18:01",
            "2021-02-03T04:05:06+19:00", "2021-02-03T04:05:06+05:60",
            "2021-02-03T04:05:06.1234567890Z", "2021-02-03T04:05:06", "2021-02-03T04:05:06.123",
            "2021-02-03 04:05:06Z", "2021-02-03T04:05:06ZZ", "2021-02-03T04:05:06+0530", "2021-02-03T04:05:06+05",
            "21-02-03T04:05:06Z", "2021-2-03T04:05:06Z", "2021-02-03T04:05:06 Z", "2021-02-03T04:05:06.12 Z",
            "2021-02-03T04:05:06\u0661Z", "\uFF12021-02-03T04:05:06Z", "", "Z", "2021-02-03T04:05:06-5:00"})
    void everyOtherTextGetsWhatParseGives(String text) {
        assertSameAsParse(text);
    }

    @Test
    void generatedAndMutatedTextsGetWhatParseGives() {
        Random random = new Random(SEED);
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            String generated = generate(random);
            assertSameAsParse(generated);
            assertSameAsParse(mutate(generated, random));
            assertSameAsParse(mutate(mutate(generated, random), random));
            if (accepted(generated)) {
                valid++;
                // in the common form by construction: parse accepts it only if the fast path read it
                assertNotNull(Rfc3339.parseCommonForm(generated), generated);
            }
        }
        assertTrue(valid > 2_000, valid + " valid texts generated");
    }

    private static boolean accepted(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void assertSameAsParse(String text) {
        OffsetDateTime expected;
        try {
            expected = OffsetDateTime.parse(text);
        } catch (DateTimeParseException refused) {
            assertNull(Rfc3339.parseCommonForm(text), "the fast path read what parse refuses: " + text);
            try {
                Rfc3339.parse(text);
                fail("no exception for " + text);
            } catch (DateTimeParseException same) {
                assertEquals(refused.getMessage(), same.getMessage(), text);
            }
            return;
        }
        OffsetDateTime actual = Rfc3339.parse(text);
        assertEquals(expected, actual, text);
        assertEquals(expected.getOffset(), actual.getOffset(), text);
    }

    /** A date-time in the common form, with any fraction length and offset, valid or not (Feb 30, hour 24 ...). */
    private static String generate(Random random) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
        text.append(random.nextInt(10) == 0 ? 't' : 'T');
        text.append(String.format("%02d:%02d:%02d", random.nextInt(26), random.nextInt(62), random.nextInt(62)));
        int fraction = random.nextInt(12);
        if (fraction > 0) {
            text.append('.');
            for (int i = 1; i < fraction; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> text.append('Z');
            case 1 -> text.append('z');
            default -> text.append(random.nextBoolean() ? '+' : '-')
                    .append(String.format("%02d:%02d", random.nextInt(20), random.nextInt(61)));
        }
        return text.toString();
    }

    /** One character replaced, deleted or inserted. */
    private static String mutate(String text, Random random) {
        StringBuilder mutated = new StringBuilder(text);
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        switch (random.nextInt(3)) {
            case 0 -> {
                if (!text.isEmpty()) {
                    mutated.setCharAt(at, c);
                }
            }
            case 1 -> {
                if (!text.isEmpty()) {
                    mutated.deleteCharAt(at);
                }
            }
            default -> mutated.insert(at, c);
        }
        return mutated.toString();
    }
}
