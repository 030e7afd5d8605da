package io.camelbandwidth.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Checks the credentials an incoming request carries in its {@code Authorization} header: on the API endpoints
 * against the configured Basic API user and the issued OAuth2 tokens, on the token endpoint against the configured
 * OAuth2 client. With no credentials configured at all the simulator is open: every request passes.
 *
 * <p>It only checks credentials that arrive; supplying credentials to outgoing requests is a client's job.
 */
final class CredentialsChecker {

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
    private final TokenStore tokens;
    private final boolean open;

    private CredentialsChecker(byte[] basicCredentials, TokenStore tokens, boolean open) {
        this.basicCredentials = basicCredentials;
        this.tokens = tokens;
        this.open = open;
    }

    /**
     * The checker of the API endpoints (messages and media); open when neither Basic nor OAuth2 is configured.
     *
     * @param basicCredentials {@code user:pass} in UTF-8 accepted with Basic, or {@code null} to refuse Basic
     * @param tokens           the issued tokens accepted with Bearer, or {@code null} to refuse Bearer
     */
    static CredentialsChecker forApi(byte[] basicCredentials, TokenStore tokens) {
        return new CredentialsChecker(basicCredentials, tokens, basicCredentials == null && tokens == null);
    }

    /**
     * The client checker of the token endpoint (Basic only).
     *
     * @param clientCredentials {@code clientId:clientSecret} in UTF-8, or {@code null} if no OAuth2 client is set
     * @param open              true if the simulator has no credentials at all: any client gets tokens
     */
    static CredentialsChecker forTokenClients(byte[] clientCredentials, boolean open) {
        return new CredentialsChecker(clientCredentials, null, open);
    }

    /**
     * @param authorization the {@code Authorization} header, possibly null
     * @return the scheme that authenticated the request, or {@code null} if it must be refused with 401
     */
    Scheme check(String authorization) {
        if (authorization == null) {
            return open ? Scheme.NONE : null;
        }
        if (startsWithIgnoreCase(authorization, BASIC_PREFIX)) {
            return open || basicMatches(authorization.substring(BASIC_PREFIX.length()).trim()) ? Scheme.BASIC : null;
        }
        if (startsWithIgnoreCase(authorization, BEARER_PREFIX)) {
            return open || tokens != null && tokens.isValid(authorization.substring(BEARER_PREFIX.length()).trim())
                    ? Scheme.BEARER : null;
        }
        return open ? Scheme.NONE : null;
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

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** @return {@code user:password} as UTF-8 bytes, the form the checker compares a Basic header with */
    static byte[] credentials(String user, String password) {
        return (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    }
}
