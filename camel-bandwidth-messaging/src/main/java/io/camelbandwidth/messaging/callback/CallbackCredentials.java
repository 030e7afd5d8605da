package io.camelbandwidth.messaging.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Checks the HTTP Basic credentials of a callback, as Bandwidth sends them after a challenge. The comparison is
 * constant-time: both sides are hashed first, so neither the content nor the length of the secret leaks through
 * timing.
 */
public final class CallbackCredentials {

    private static final CallbackCredentials OPEN = new CallbackCredentials(null);
    /** Never used itself: each check digests with a clone. */
    private static final MessageDigest SHA_256 = newSha256();

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
        if (!isBasic(value)) {
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

    /** Whether the value starts with {@code "basic "} in any ASCII case. */
    private static boolean isBasic(String value) {
        if (value.length() < 6 || value.charAt(5) != ' ') {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            char c = value.charAt(i);
            if (c > 127 || (c | 0x20) != "basic".charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sha256(byte[] bytes) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone(); // cheaper than looking the algorithm up for every request
        } catch (CloneNotSupportedException e) {
            digest = newSha256();
        }
        return digest.digest(bytes);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
