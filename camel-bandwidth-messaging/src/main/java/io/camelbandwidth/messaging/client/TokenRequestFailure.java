package io.camelbandwidth.messaging.client;

import java.time.Duration;
import java.util.Map;

import io.camelbandwidth.messaging.BandwidthAuthenticationException;
import io.camelbandwidth.messaging.BandwidthConnectionException;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthHttpException;
import io.camelbandwidth.messaging.BandwidthRateLimitException;
import io.camelbandwidth.messaging.model.BandwidthError;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;

/**
 * Why an OAuth2 token request failed, kept while backing off so that every send it fails gets an exception of its own
 * (Camel adds to the exception of each exchange). No message request was made in any case: the endpoint out of reach,
 * timing out or answering 5xx becomes a retry-safe {@link BandwidthConnectionException}, a 429 a
 * {@link BandwidthRateLimitException}; the client credentials refused (400, 401 and any other 4xx) a
 * {@link BandwidthAuthenticationException}, which is not retry-safe.
 */
final class TokenRequestFailure {

    private static final String ENDPOINT = " (OAuth2 token endpoint)";

    private final String tokenUri;
    private final Throwable cause;
    private final BandwidthHttpException answer;

    private TokenRequestFailure(String tokenUri, Throwable cause, BandwidthHttpException answer) {
        this.tokenUri = tokenUri;
        this.cause = cause;
        this.answer = answer;
    }

    /** The token request got no answer: refused or timed-out connection, unknown host, TLS, response timeout. */
    static TokenRequestFailure transport(String tokenUri, Throwable cause) {
        return new TokenRequestFailure(tokenUri, cause, null);
    }

    /** The failure of a non-2xx answer, or {@code null} for a 2xx one. */
    static TokenRequestFailure answer(String tokenUri, SimpleHttpResponse response) {
        if (response.getCode() / 100 == 2) {
            return null;
        }
        BandwidthHttpException mapped = ErrorMapper.fromResponse(response);
        String reason = (response.getReasonPhrase() == null ? "" : response.getReasonPhrase()) + ENDPOINT;
        return new TokenRequestFailure(tokenUri, null, new BandwidthHttpException(mapped.getHttpResponseCode(),
                reason, ErrorMapper.parseError(mapped.getResponseBody()), mapped.getResponseHeaders(),
                mapped.getResponseBody(), mapped.getRetryAfter().orElse(null)));
    }

    /** A 2xx answer without a usable token. */
    static TokenRequestFailure refused(BandwidthAuthenticationException refusal) {
        return new TokenRequestFailure(null, null, refusal);
    }

    /** The endpoint's {@code Retry-After}, if it gave one. */
    Duration retryAfter() {
        return answer == null ? null : answer.getRetryAfter().orElse(null);
    }

    /** A new exception for a send this failure fails, which may try again after {@code backOff}. */
    BandwidthException exception(Duration backOff) {
        if (answer == null) {
            return new BandwidthConnectionException("The OAuth2 token request to " + tokenUri + " failed ("
                                                    + describe(cause) + "); no message was sent", cause, backOff);
        }
        int status = answer.getHttpResponseCode();
        Map<String, String> headers = answer.getResponseHeaders();
        if (status == 429) {
            return new BandwidthRateLimitException(status, answer.getHttpResponseStatus(), error(), headers,
                    answer.getResponseBody(), backOff);
        }
        if (status >= 500 || status == 408) {
            return new BandwidthConnectionException(answer.getMessage() + "; no message was sent", answer, backOff);
        }
        return new BandwidthAuthenticationException(status, answer.getHttpResponseStatus(), error(), headers,
                answer.getResponseBody());
    }

    /** One line for the log: what failed, no secret. */
    String summary() {
        return answer == null ? describe(cause) : answer.getMessage();
    }

    private BandwidthError error() {
        return new BandwidthError(answer.getType(), answer.getDescription(), answer.getFieldErrors());
    }

    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
