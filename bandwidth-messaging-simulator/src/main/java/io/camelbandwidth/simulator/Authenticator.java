package io.camelbandwidth.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Checks the {@code Authorization} header of a messages request against the configured Basic credentials and the
 * issued OAuth2 tokens. With neither configured the simulator is open: every request passes.
 */
final class Authenticator {

    /** How a request authenticated. */
    enum Scheme {
        BASIC("Basic"), BEARER("Bearer"), NONE(null);

        private final String label;

        Scheme(String label) {
            this.label = label;
        }

        /** @return "Basic", "Bearer", or null for none */
        String label() {
            return label;
        }
    }

    private static final String BASIC_PREFIX = "basic ";
    private static final String BEARER_PREFIX = "bearer ";

    private final byte[] basicCredentials;
    private final boolean oauthEnabled;
    private final TokenStore tokens;
    private final boolean open;

    private Authenticator(byte[] basicCredentials, boolean oauthEnabled, TokenStore tokens, boolean open) {
        this.basicCredentials = basicCredentials;
        this.oauthEnabled = oauthEnabled;
        this.tokens = tokens;
        this.open = open;
    }

    /**
     * The authenticator of the messages endpoint; open when neither Basic nor OAuth2 is configured.
     *
     * @param basicCredentials {@code user:pass} in UTF-8 accepted with Basic, or {@code null} to refuse Basic
     * @param tokens           the issued tokens accepted with Bearer, or {@code null} to refuse Bearer
     */
    static Authenticator forMessages(byte[] basicCredentials, TokenStore tokens) {
        return new Authenticator(basicCredentials, tokens != null, tokens, basicCredentials == null && tokens == null);
    }

    /**
     * The client authenticator of the token endpoint (Basic only).
     *
     * @param clientCredentials {@code clientId:clientSecret} in UTF-8, or {@code null} if no OAuth2 client is set
     * @param open              true if the simulator has no credentials at all: any client gets tokens
     */
    static Authenticator forTokenClients(byte[] clientCredentials, boolean open) {
        return new Authenticator(clientCredentials, false, null, open);
    }

    /** @return true if no credentials are configured and every request passes */
    boolean isOpen() {
        return open;
    }

    /**
     * @param authorization the {@code Authorization} header, possibly null
     * @return the scheme that authenticated the request, or {@code null} if it must be refused with 401
     */
    Scheme authenticate(String authorization) {
        if (authorization == null) {
            return isOpen() ? Scheme.NONE : null;
        }
        if (startsWithIgnoreCase(authorization, BASIC_PREFIX)) {
            return isOpen() || basicMatches(authorization.substring(BASIC_PREFIX.length()).trim())
                    ? Scheme.BASIC : null;
        }
        if (startsWithIgnoreCase(authorization, BEARER_PREFIX)) {
            return isOpen() || oauthEnabled && tokens.isValid(authorization.substring(BEARER_PREFIX.length()).trim())
                    ? Scheme.BEARER : null;
        }
        return isOpen() ? Scheme.NONE : null;
    }

    private boolean basicMatches(String encoded) {
        if (basicCredentials == null) {
            return false;
        }
        try {
            return MessageDigest.isEqual(basicCredentials, Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** @return {@code user:password} as UTF-8 bytes */
    static byte[] credentials(String user, String password) {
        return (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    }
}
