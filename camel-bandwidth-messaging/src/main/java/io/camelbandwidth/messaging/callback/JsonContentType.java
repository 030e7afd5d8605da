package io.camelbandwidth.messaging.callback;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Reads the {@code Content-Type} of a webhook request: JSON only, with an optional charset.
 */
final class JsonContentType {

    /** The last content type read, with its charset. */
    private static volatile Known lastKnown;

    private JsonContentType() {
    }

    /**
     * The charset of a JSON content type, or {@code null} for JSON's default (UTF-8 family).
     *
     * @throws IllegalArgumentException if the content type is missing, not JSON or names an unknown charset
     */
    static Charset charset(String contentType) {
        Known known = lastKnown;
        if (known != null && known.contentType().equals(contentType)) {
            return known.charset(); // a sender writes the same header on every request: read it once
        }
        Charset charset = read(contentType);
        lastKnown = new Known(contentType, charset);
        return charset;
    }

    private static Charset read(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("no Content-Type");
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new IllegalArgumentException("Content-Type is not application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                String name = parameter.substring(equals + 1).trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new IllegalArgumentException("unsupported charset in Content-Type");
                }
            }
        }
        return null;
    }

    private record Known(String contentType, Charset charset) {
    }
}
