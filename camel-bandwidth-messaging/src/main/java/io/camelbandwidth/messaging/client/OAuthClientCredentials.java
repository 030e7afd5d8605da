package io.camelbandwidth.messaging.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelbandwidth.messaging.BandwidthAuthenticationException;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.metrics.TokenFetchMetrics;
import io.camelbandwidth.messaging.model.BandwidthError;
import io.camelbandwidth.messaging.support.BandwidthJson;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth2 client credentials against Bandwidth's token endpoint. One token is cached and shared, and at most one token
 * request is in flight: sends that find no valid token wait for it together.
 * <p>
 * A token is renewed ahead of expiry (when less than a minute, or half its lifetime if shorter, is left) while it
 * keeps serving: no send waits for a renewal, and a failed renewal leaves the token in use until it expires. A token
 * Bandwidth refuses is dropped at once.
 * <p>
 * A failed token request fails the sends waiting for it as not sent ({@link TokenRequestFailure}), and the next one is
 * made only after a back-off (1 s, doubling up to a minute while the endpoint keeps failing, longer if it answered a
 * {@code Retry-After}); meanwhile sends that need a token fail at once the same way, each with the time left in
 * {@link BandwidthException#getRetryAfter()}.
 */
public final class OAuthClientCredentials implements AuthorizationSource {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthClientCredentials.class);
    private static final Duration MAX_RENEW_MARGIN = Duration.ofSeconds(60);
    private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(60);

    private final HttpTransport transport;
    private final String tokenUri;
    private final String clientAuthorization;
    private final Clock clock;
    private final TokenFetchMetrics metrics;

    private final Object lock = new Object();
    /** The last token obtained, valid or not; guarded by {@code lock}. */
    private Token token;
    /** The token request in flight, never completed exceptionally; guarded by {@code lock}. */
    private CompletableFuture<Outcome> fetch;
    /** The last token request's failure while backing off from it; guarded by {@code lock}. */
    private TokenRequestFailure failure;
    /** Until when no token request is made; guarded by {@code lock}. */
    private Instant backOffUntil = Instant.MIN;
    /** Token requests failed in a row; guarded by {@code lock}. */
    private int failuresInARow;

    public OAuthClientCredentials(HttpTransport transport, String tokenUri, String clientId, String clientSecret,
                                  Clock clock) {
        this(transport, tokenUri, clientId, clientSecret, clock, TokenFetchMetrics.NONE);
    }

    /** @param metrics records each token request */
    public OAuthClientCredentials(HttpTransport transport, String tokenUri, String clientId, String clientSecret,
                                  Clock clock, TokenFetchMetrics metrics) {
        this.transport = transport;
        this.tokenUri = tokenUri;
        this.clientAuthorization = BasicCredentials.basic(clientId, clientSecret);
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public CompletableFuture<String> authorization() {
        CompletableFuture<Outcome> started = null;
        CompletableFuture<Outcome> awaited;
        String valid = null;
        TokenRequestFailure backingOff = null;
        Duration left = null;
        synchronized (lock) {
            Instant now = clock.instant();
            boolean mayRequest = fetch == null && !now.isBefore(backOffUntil);
            if (token != null && now.isBefore(token.expiresAt())) {
                valid = token.authorization();
                if (mayRequest && !now.isBefore(token.renewAt())) {
                    started = fetch = new CompletableFuture<>(); // renewed ahead, nobody waits for it
                }
            } else if (fetch == null && !mayRequest) {
                backingOff = failure;
                left = Duration.between(now, backOffUntil);
            } else if (mayRequest) {
                started = fetch = new CompletableFuture<>();
            }
            awaited = fetch;
        }
        if (started != null) {
            request(started);
        }
        if (valid != null) {
            return CompletableFuture.completedFuture(valid);
        }
        if (backingOff != null) {
            return CompletableFuture.failedFuture(backingOff.exception(left));
        }
        // every waiter gets an exception of its own: Camel adds to the exception of each exchange
        return awaited.thenCompose(outcome -> outcome.token() != null
                ? CompletableFuture.completedFuture(outcome.token().authorization())
                : CompletableFuture.failedFuture(outcome.failure().exception(outcome.backOff())));
    }

    @Override
    public boolean refused(String authorization) {
        synchronized (lock) {
            if (token != null && token.authorization().equals(authorization)) {
                token = null;
            }
        }
        return true;
    }

    /** Whether a token request is in flight (for tests). */
    boolean fetching() {
        synchronized (lock) {
            return fetch != null;
        }
    }

    private void request(CompletableFuture<Outcome> started) {
        SimpleHttpRequest request = SimpleRequestBuilder.post(tokenUri)
                .setHeader(HttpHeaders.AUTHORIZATION, clientAuthorization)
                .setHeader(HttpHeaders.ACCEPT, "application/json")
                .setBody("grant_type=client_credentials", ContentType.APPLICATION_FORM_URLENCODED)
                .build();
        Instant requestedAt = clock.instant();
        long requestNanos = System.nanoTime();
        LOG.debug("Requesting an OAuth2 access token from {}", tokenUri);
        CompletableFuture<SimpleHttpResponse> answer;
        try {
            answer = transport.execute(request);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((response, transportFailure) -> {
            Token obtained = null;
            TokenRequestFailure failed;
            try {
                failed = transportFailure != null
                        ? TokenRequestFailure.transport(tokenUri, ErrorMapper.unwrap(transportFailure))
                        : TokenRequestFailure.answer(tokenUri, response);
                if (failed == null) {
                    obtained = parse(response.getBodyBytes(), requestedAt);
                }
            } catch (RuntimeException e) {
                failed = e instanceof BandwidthAuthenticationException refusal
                        ? TokenRequestFailure.refused(refusal) : TokenRequestFailure.transport(tokenUri, e);
            }
            metrics.fetched(obtained != null, System.nanoTime() - requestNanos);
            started.complete(settle(started, obtained, failed));
        });
    }

    /** Records how a token request ended; returns what its waiters get. */
    private Outcome settle(CompletableFuture<Outcome> ended, Token obtained, TokenRequestFailure failed) {
        synchronized (lock) {
            if (fetch == ended) {
                fetch = null;
            }
            if (obtained != null) {
                token = obtained;
                failure = null;
                failuresInARow = 0;
                backOffUntil = Instant.MIN;
                return new Outcome(obtained, null, null);
            }
            failuresInARow++;
            Duration backOff = backOff(failuresInARow, failed.retryAfter());
            failure = failed;
            backOffUntil = clock.instant().plus(backOff);
            LOG.debug("The OAuth2 token request failed ({} in a row); the next one in {} ms: {}", failuresInARow,
                    backOff.toMillis(), failed.summary());
            return new Outcome(null, failed, backOff);
        }
    }

    /** 1 s doubling up to a minute, or the endpoint's {@code Retry-After} when longer (up to a minute too). */
    private static Duration backOff(int failures, Duration retryAfter) {
        Duration doubled = FIRST_BACK_OFF.multipliedBy(1L << Math.min(failures - 1, 6));
        Duration wait = retryAfter != null && retryAfter.compareTo(doubled) > 0 ? retryAfter : doubled;
        return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
    }

    private Token parse(byte[] body, Instant requestedAt) {
        JsonNode json;
        try {
            json = BandwidthJson.mapper().readTree(body == null ? new byte[0] : body);
        } catch (Exception e) {
            throw tokenError("the token endpoint's answer is not JSON");
        }
        JsonNode accessToken = json == null ? null : json.get("access_token");
        if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isEmpty()) {
            throw tokenError("the token endpoint's answer has no access_token");
        }
        long expiresIn = json.path("expires_in").asLong(3600);
        Duration lifetime = Duration.ofSeconds(Math.max(expiresIn, 1));
        Duration margin = lifetime.dividedBy(2).compareTo(MAX_RENEW_MARGIN) < 0 ? lifetime.dividedBy(2) : MAX_RENEW_MARGIN;
        LOG.debug("Received an OAuth2 access token valid for {}s", expiresIn);
        Instant expiresAt = requestedAt.plus(lifetime);
        return new Token("Bearer " + accessToken.asText(), expiresAt.minus(margin), expiresAt);
    }

    private static BandwidthAuthenticationException tokenError(String problem) {
        return new BandwidthAuthenticationException(200, "OAuth2 token request failed",
                new BandwidthError("invalid-token-response", problem, null), null, null);
    }

    @Override
    public String toString() {
        return "OAuthClientCredentials[" + tokenUri + "]";
    }

    /** A cached access token, when to renew it and when it expires; its toString never shows the token. */
    private record Token(String authorization, Instant renewAt, Instant expiresAt) {

        @Override
        public String toString() {
            return "Token[renewAt=" + renewAt + ", expiresAt=" + expiresAt + "]";
        }
    }

    /** How a token request ended: a token, or a failure and the back-off it started. */
    private record Outcome(Token token, TokenRequestFailure failure, Duration backOff) {
    }
}
