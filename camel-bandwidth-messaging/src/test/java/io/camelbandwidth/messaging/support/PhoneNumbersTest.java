package io.camelbandwidth.messaging.support;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The loops of {@link PhoneNumbers} accept exactly what its patterns (the rules) match, and repair exactly what the
 * pattern {@code " +\d+ *"} calls a decoded plus: on edge cases and on many generated texts.
 */
class PhoneNumbersTest {

    private static final Pattern DECODED_PLUS = Pattern.compile(" +\\d+ *");
    private static final String ALPHABET = "+0123456789 aZ-_&.\t\u0661\u00e9";

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "+1", "+12", "+0123", "+123456789012345", "+1234567890123456", "15551234567",
            " 15551234567", "  15551234567  ", " 1555 ", "+1555 ", " +1555", "\t1555", "+1555\u0661", "A", "Acme",
            "ACME-SMS_&+ 1", "ACME-SMS_&+ 12", "12345", "1234567890a", "-_&", "Acm\u00e9", " ", "\n1555", "1555\n"})
    void edgeCases(String value) {
        assertSameAsThePatterns(value);
    }

    @Test
    void generatedTexts() {
        Random random = new Random(20261201L);
        for (int i = 0; i < 100_000; i++) {
            // numbers, decoded pluses and sender ids, each with a character of anything at a random place
            String shape = switch (i % 3) {
                case 0 -> "+" + digits(random, random.nextInt(18));
                case 1 -> " ".repeat(random.nextInt(3)) + digits(random, random.nextInt(16))
                          + " ".repeat(random.nextInt(3));
                default -> draw(random, "Az09 +-_&", random.nextInt(14));
            };
            StringBuilder value = new StringBuilder(shape);
            if (random.nextBoolean()) {
                value.insert(random.nextInt(value.length() + 1), draw(random, ALPHABET, 1));
            }
            assertSameAsThePatterns(value.toString());
        }
    }

    private static String digits(Random random, int count) {
        return draw(random, "0123456789", count);
    }

    private static String draw(Random random, String alphabet, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static void assertSameAsThePatterns(String value) {
        boolean e164 = PhoneNumbers.E164.matcher(value).matches();
        assertEquals(e164, PhoneNumbers.isE164(value), "isE164 '" + value + "'");
        assertEquals(e164 || PhoneNumbers.ALPHANUMERIC_SENDER_ID.matcher(value).matches(),
                PhoneNumbers.isSender(value), "isSender '" + value + "'");
        String repaired = DECODED_PLUS.matcher(value).matches() ? "+" + value.strip() : value.strip();
        assertEquals(repaired, PhoneNumbers.repairDecodedPlus(value), "repairDecodedPlus '" + value + "'");
    }
}
