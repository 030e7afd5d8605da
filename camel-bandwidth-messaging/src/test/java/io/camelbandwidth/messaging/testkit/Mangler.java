package io.camelbandwidth.messaging.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Mangles valid documents for fuzz tests: with a fixed seed, every failure reproduces.
 */
public final class Mangler {

    private Mangler() {
    }

    /** A mangled variant of a valid document: cut, spliced, bytes flipped, values swapped, deeply nested, or random. */
    public static String mangle(String valid, Random random) {
        switch (random.nextInt(7)) {
            case 0:
                return valid.substring(0, random.nextInt(valid.length()));
            case 1: {
                char[] chars = valid.toCharArray();
                String palette = "{}[]\":,0a\\ \u0000é\ud83d"; // a lone surrogate too
                for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                    chars[random.nextInt(chars.length)] = palette.charAt(random.nextInt(palette.length()));
                }
                return new String(chars);
            }
            case 2: {
                String[] values = { "null", "true", "[]", "{}", "-1", "1e999", "\"\"", "99999999999999999999", "\"x\"" };
                return valid.replaceFirst(":(\"[^\"]*\"|\\d+|\\[[^\\]]*\\])", ":" + values[random.nextInt(values.length)]);
            }
            case 3:
                return "[".repeat(2000 + random.nextInt(5000)) + "]".repeat(random.nextInt(10));
            case 4: {
                byte[] bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
            case 5:
                return valid + valid.substring(0, random.nextInt(valid.length()));
            default:
                return valid.replace("\"", random.nextBoolean() ? "'" : "");
        }
    }

}
