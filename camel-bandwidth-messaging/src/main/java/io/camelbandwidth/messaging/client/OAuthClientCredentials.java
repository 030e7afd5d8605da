package io.camelbandwidth.messaging.client;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelbandwidth.messaging.BandwidthAuthenticationException;
import io.camelbandwidth.messaging.model.BandwidthError;
import io.camelbandwidth.messaging.support.BandwidthJson;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth2 client credentials against Bandwidth's token endpoint. One token is cached and shared; concurrent sends that
 * find it missing or about to expire wait for the same single fetch. A token is renewed when less than a minute (or
 * half its lifetime, if shorter) is left, and dropped at once when Bandwidth refuses it.
 */
public final class OAuthClientCredentials implements AuthorizationSource {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthClientCredentials.class);
    private static final Duration MAX_RENEW_MARGIN = Duration.ofSeconds(60);

    private final HttpTransport transport;
    private final String tokenUri;
    private final String clientAuthorization;
    private final Clock clock;
    private final AtomicReference<CompletableFuture<Token>> current = new AtomicReference<>();

    public OAuthClientCredentials(HttpTransport transport, String tokenUri, String clientId, String clientSecret,
                                  Clock clock) {
        this.transport = transport;
        this.tokenUri = tokenUri;
        this.clientAuthorization = BasicCredentials.basic(clientId, clientSecret);
        this.clock = clock;
    }

    @Override
    public CompletableFuture<String> authorization() {
        while (true) {
            CompletableFuture<Token> token = current.get();
            if (token != null && !needsNew(token)) {
                return token.thenApply(Token::authorization);
            }
            CompletableFuture<Token> fetch = new CompletableFuture<>();
            if (current.compareAndSet(token, fetch)) {
                try {
                    fetchInto(fetch);
                } catch (RuntimeException e) {
                    fetch.completeExceptionally(e); // never leave a fetch pending: every later send would wait on it
                }
                return fetch.thenApply(Token::authorization);
            }
            // another send started a fetch at the same moment: use it
        }
    }

    private boolean needsNew(CompletableFuture<Token> token) {
        if (!token.isDone()) {
            return false; // a fetch is under way: share it
        }
        if (token.isCompletedExceptionally()) {
            return true;
        }
        return !clock.instant().isBefore(token.join().renewAt());
    }

    @Override
    public boolean refused(String authorization) {
        CompletableFuture<Token> token = current.get();
        if (token != null && token.isDone() && !token.isCompletedExceptionally()
            && token.join().authorization().equals(authorization)) {
            current.compareAndSet(token, null);
        }
        return true;
    }

    private void fetchInto(CompletableFuture<Token> fetch) {
        SimpleHttpRequest request = SimpleRequestBuilder.post(tokenUri)
                .setHeader(HttpHeaders.AUTHORIZATION, clientAuthorization)
                .setHeader(HttpHeaders.ACCEPT, "application/json")
                .setBody("grant_type=client_credentials", ContentType.APPLICATION_FORM_URLENCODED)
                .build();
        Instant requestedAt = clock.instant();
        LOG.debug("Requesting an OAuth2 access token from {}", tokenUri);
        transport.execute(request).whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    fetch.completeExceptionally(ErrorMapper.fromTransport(failure, "OAuth2 token request"));
                } else if (response.getCode() / 100 != 2) {
                    BandwidthError error = ErrorMapper.parseError(response.getBodyText());
                    fetch.completeExceptionally(new BandwidthAuthenticationException(response.getCode(),
                            "OAuth2 token request refused", error, null, null));
                } else {
                    fetch.complete(parse(response.getBodyBytes(), requestedAt));
                }
            } catch (RuntimeException e) {
                fetch.completeExceptionally(e);
            }
        });
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
        return new Token("Bearer " + accessToken.asText(), requestedAt.plus(lifetime).minus(margin));
    }

    private static BandwidthAuthenticationException tokenError(String problem) {
        return new BandwidthAuthenticationException(200, "OAuth2 token request failed",
                new BandwidthError("invalid-token-response", problem, null), null, null);
    }

    @Override
    public String toString() {
        return "OAuthClientCredentials[" + tokenUri + "]";
    }

    /** A cached access token and when to renew it; its toString never shows the token. */
    private record Token(String authorization, Instant renewAt) {

        @Override
        public String toString() {
            return "Token[renewAt=" + renewAt + "]";
        }
    }
}
