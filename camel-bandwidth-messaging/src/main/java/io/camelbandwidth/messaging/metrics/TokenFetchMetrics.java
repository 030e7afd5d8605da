package io.camelbandwidth.messaging.metrics;

/**
 * What an OAuth2 token source records: each token request, how it ended and how long it took.
 */
@FunctionalInterface
public interface TokenFetchMetrics {

    /** Records nothing. */
    TokenFetchMetrics NONE = (succeeded, nanos) -> {
    };

    /**
     * A token request ended.
     *
     * @param succeeded whether it brought a token
     * @param nanos     how long it took
     */
    void fetched(boolean succeeded, long nanos);
}
