package io.camelbandwidth.messaging.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.model.BandwidthMessage;
import io.camelbandwidth.messaging.model.MessageRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls of the Bandwidth Messaging API, non-blocking. Every future completes: with Bandwidth's answer, or
 * exceptionally with a {@link BandwidthException}. A request refused with 401 while using an OAuth2 token is sent once
 * more with a new token; nothing else is retried here (redelivery is Camel's job).
 */
public final class BandwidthMessagingClient {

    private static final Logger LOG = LoggerFactory.getLogger(BandwidthMessagingClient.class);

    private final HttpTransport transport;
    private final Authenticator authenticator;
    private final String baseUri;

    public BandwidthMessagingClient(HttpTransport transport, Authenticator authenticator, String baseUri) {
        this.transport = transport;
        this.authenticator = authenticator;
        this.baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
    }

    /** {@code POST /users/{accountId}/messages}: queues the message; the answer says it was accepted, not delivered. */
    public CompletableFuture<BandwidthMessage> sendMessage(String accountId, MessageRequest message) {
        byte[] body;
        try {
            body = BandwidthJson.mapper().writeValueAsBytes(message);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(new BandwidthException("Cannot write the message as JSON", e));
        }
        String uri = messagesUri(accountId);
        return post(uri, body, true).thenApply(BandwidthMessagingClient::readMessage);
    }

    /** Where messages of the account are posted. */
    public String messagesUri(String accountId) {
        return baseUri + "/users/" + URLEncoder.encode(accountId, StandardCharsets.UTF_8).replace("+", "%20")
               + "/messages";
    }

    private CompletableFuture<SimpleHttpResponse> post(String uri, byte[] body, boolean mayRenewToken) {
        return authenticator.authorization().thenCompose(authorization -> {
            SimpleHttpRequest request = SimpleRequestBuilder.post(uri)
                    .setHeader(HttpHeaders.AUTHORIZATION, authorization)
                    .setHeader(HttpHeaders.ACCEPT, "application/json")
                    .setBody(body, ContentType.APPLICATION_JSON)
                    .build();
            return transport.execute(request)
                    .handle((response, failure) -> {
                        if (failure != null) {
                            throw BandwidthFailures.fromTransport(failure, "Message request");
                        }
                        return response;
                    })
                    .thenCompose(response -> {
                        if (response.getCode() == 401 && mayRenewToken && authenticator.refused(authorization)) {
                            LOG.debug("Bandwidth refused the access token; sending once more with a new one");
                            return post(uri, body, false);
                        }
                        if (response.getCode() / 100 != 2) {
                            throw BandwidthFailures.fromResponse(response);
                        }
                        return CompletableFuture.completedFuture(response);
                    });
        });
    }

    private static BandwidthMessage readMessage(SimpleHttpResponse response) {
        byte[] body = response.getBodyBytes();
        try {
            if (body != null && body.length > 0) {
                return BandwidthJson.mapper().readValue(body, BandwidthMessage.class);
            }
        } catch (Exception e) {
            // accepted all the same: failing now would invite a resend of a message Bandwidth queued
            LOG.warn("Bandwidth accepted the message (HTTP {}) but its answer could not be read: {}", response.getCode(),
                    e.getClass().getSimpleName());
        }
        return new BandwidthMessage();
    }
}
