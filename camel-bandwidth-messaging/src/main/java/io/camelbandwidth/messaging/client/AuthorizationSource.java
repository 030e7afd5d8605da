package io.camelbandwidth.messaging.client;

import java.util.concurrent.CompletableFuture;

/**
 * Supplies the {@code Authorization} header for requests to Bandwidth.
 */
public interface AuthorizationSource {

    /** The header value to send now; may complete later when a token must be fetched first. */
    CompletableFuture<String> authorization();

    /**
     * Tells the source that Bandwidth refused this header value (401). Returns whether a new value can be
     * obtained, in which case the request may be retried once: true for an OAuth2 token, false for Basic.
     */
    boolean refused(String authorization);
}
