package io.camelbandwidth.simulator;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Generates Bandwidth-style message ids: 13 digits of epoch milliseconds followed by 16 random lowercase
 * letters and digits, e.g. {@code 1589228074636lm4k2je7j7jklbn2} (29 characters).
 */
final class MessageIds {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int RANDOM_CHARS = 16;

    private MessageIds() {
    }

    static String next(long epochMillis) {
        StringBuilder id = new StringBuilder(13 + RANDOM_CHARS);
        String millis = Long.toString(epochMillis);
        for (int i = millis.length(); i < 13; i++) {
            id.append('0');
        }
        id.append(millis);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < RANDOM_CHARS; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
