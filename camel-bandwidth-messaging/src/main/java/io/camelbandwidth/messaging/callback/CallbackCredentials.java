package io.camelbandwidth.messaging.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * Checks the HTTP Basic credentials of a callback, as Bandwidth sends them after a challenge. The comparison is
 * constant-time: both sides are hashed first, so neither the content nor the length of the secret leaks through
 * timing.
 */
public final class CallbackCredentials {

    private static final CallbackCredentials OPEN = new CallbackCredentials(null);

    private final byte[] expectedDigest;

    private CallbackCredentials(byte[] expectedDigest) {
        this.expectedDigest = expectedDigest;
    }

    /** Accepts every request: no credentials are configured. */
    public static CallbackCredentials open() {
        return OPEN;
    }

    /** Accepts only {@code Authorization: Basic base64(username:password)}. */
    public static CallbackCredentials basic(String username, String password) {
        return new CallbackCredentials(sha256((username + ':' + password).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param  authorization the {@code Authorization} header, or {@code null}
     * @return               whether the request may pass
     */
    public boolean accepts(String authorization) {
        if (expectedDigest == null) {
            return true;
        }
        if (authorization == null) {
            return false;
        }
        String value = authorization.trim();
        if (value.length() < 6 || !value.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(value.substring(6).trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(sha256(presented), expectedDigest);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
