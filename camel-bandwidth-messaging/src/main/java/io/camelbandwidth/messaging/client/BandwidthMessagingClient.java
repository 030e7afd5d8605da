package io.camelbandwidth.messaging.client;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.model.BandwidthMedia;
import io.camelbandwidth.messaging.model.BandwidthMessage;
import io.camelbandwidth.messaging.model.MediaContent;
import io.camelbandwidth.messaging.model.MessageRequest;
import io.camelbandwidth.messaging.model.MessagesList;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageRequest;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageResponse;
import io.camelbandwidth.messaging.support.BandwidthJson;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls of the Bandwidth Messaging API, non-blocking. Every future completes: with Bandwidth's answer, or
 * exceptionally with a {@link BandwidthException}. A request refused with 401 while using an OAuth2 token is sent once
 * more with a new token; nothing else is retried here (redelivery is Camel's job). Media travel as bytes.
 */
public final class BandwidthMessagingClient {

    private static final Logger LOG = LoggerFactory.getLogger(BandwidthMessagingClient.class);
    private static final String JSON = "application/json";
    private static final String CONTINUATION_TOKEN = "Continuation-Token";
    private static final TypeReference<List<BandwidthMedia>> MEDIA_LIST = new TypeReference<>() {
    };

    private final HttpTransport transport;
    private final AuthorizationSource credentials;
    private final String baseUri;
    /** Parsed once per account: every message goes there. */
    private final Map<String, URI> messageUris = new ConcurrentHashMap<>();

    public BandwidthMessagingClient(HttpTransport transport, AuthorizationSource credentials, String baseUri) {
        this.transport = transport;
        this.credentials = credentials;
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
        URI uri = messageUris.computeIfAbsent(accountId, account -> URI.create(messagesUri(account)));
        return execute("Message request", () -> SimpleRequestBuilder.post(uri).setHeader(HttpHeaders.ACCEPT, JSON)
                .setBody(body, ContentType.APPLICATION_JSON), BandwidthMessagingClient::readMessage);
    }

    /**
     * {@code POST /users/{accountId}/messages/multiChannel} (Beta): queues the message on the first of its channels
     * that can send it; the answer says it was accepted, not delivered.
     */
    public CompletableFuture<MultiChannelMessageResponse> sendMultiChannelMessage(String accountId,
                                                                                  MultiChannelMessageRequest message) {
        byte[] body;
        try {
            body = BandwidthJson.mapper().writeValueAsBytes(message);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(new BandwidthException("Cannot write the message as JSON", e));
        }
        URI uri = URI.create(messagesUri(accountId) + "/multiChannel");
        return execute("Multi-channel message request", () -> SimpleRequestBuilder.post(uri)
                .setHeader(HttpHeaders.ACCEPT, JSON).setBody(body, ContentType.APPLICATION_JSON),
                response -> MultiChannelAnswer.read(response.getCode(), response.getBodyBytes()));
    }

    /**
     * {@code GET /users/{accountId}/messages}: one page of message metadata.
     *
     * @param query the query parameters by spec name, values as they are to be sent (encoded here)
     */
    public CompletableFuture<MessagesList> listMessages(String accountId, Map<String, String> query) {
        StringBuilder uri = new StringBuilder(messagesUri(accountId));
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        String target = uri.toString();
        return execute("List messages request",
                () -> SimpleRequestBuilder.get(target).setHeader(HttpHeaders.ACCEPT, JSON), response -> {
                    MessagesList list = readJson(response, "message list", body ->
                            BandwidthJson.mapper().readValue(body, MessagesList.class));
                    return list == null ? new MessagesList() : list;
                });
    }

    /** {@code PUT /users/{accountId}/media/{mediaId}}: stores the bytes under that name (overwriting) with their type. */
    public CompletableFuture<Void> uploadMedia(String accountId, String mediaId, byte[] content, String contentType) {
        String uri = mediaUri(accountId, mediaId);
        ContentType type;
        try {
            type = ContentType.parse(contentType);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new BandwidthException("Invalid media content type", e));
        }
        return execute("Media upload", () -> SimpleRequestBuilder.put(uri).setHeader(HttpHeaders.ACCEPT, JSON)
                .setBody(content, type), response -> null);
    }

    /** {@code GET /users/{accountId}/media/{mediaId}}: the bytes and the media type Bandwidth answered. */
    public CompletableFuture<MediaContent> getMedia(String accountId, String mediaId) {
        String uri = mediaUri(accountId, mediaId);
        return execute("Media download", () -> SimpleRequestBuilder.get(uri).setHeader(HttpHeaders.ACCEPT, "*/*"),
                response -> {
                    byte[] body = response.getBodyBytes();
                    Header type = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
                    String name = mediaId.substring(mediaId.lastIndexOf('/') + 1);
                    return new MediaContent(name, type == null ? "application/octet-stream" : type.getValue(),
                            body == null ? new byte[0] : body);
                });
    }

    /** {@code GET /users/{accountId}/media}: one page of the account's media. */
    public CompletableFuture<MediaPage> listMedia(String accountId, String continuationToken) {
        String uri = baseUri + "/users/" + encode(accountId) + "/media";
        return execute("List media request", () -> {
            SimpleRequestBuilder request = SimpleRequestBuilder.get(uri).setHeader(HttpHeaders.ACCEPT, JSON);
            if (continuationToken != null) {
                request.setHeader(CONTINUATION_TOKEN, continuationToken);
            }
            return request;
        }, response -> {
            List<BandwidthMedia> media = readJson(response, "media list", body ->
                    BandwidthJson.mapper().readValue(body, MEDIA_LIST));
            Header next = response.getFirstHeader(CONTINUATION_TOKEN);
            return new MediaPage(media == null ? List.of() : media, next == null || next.getValue().isBlank() ? null : next.getValue());
        });
    }

    /** {@code DELETE /users/{accountId}/media/{mediaId}}. */
    public CompletableFuture<Void> deleteMedia(String accountId, String mediaId) {
        String uri = mediaUri(accountId, mediaId);
        return execute("Media delete", () -> SimpleRequestBuilder.delete(uri).setHeader(HttpHeaders.ACCEPT, JSON),
                response -> null);
    }

    /** Where messages of the account are posted. */
    public String messagesUri(String accountId) {
        return baseUri + "/users/" + encode(accountId) + "/messages";
    }

    /**
     * The URL of a media file of the account, {@code {baseUri}/users/{accountId}/media/{mediaId}}: what a message
     * references to send an uploaded file. Each path segment of the id is encoded; its slashes are kept.
     */
    public String mediaUri(String accountId, String mediaId) {
        StringBuilder uri = new StringBuilder(baseUri).append("/users/").append(encode(accountId)).append("/media");
        for (String segment : mediaId.split("/", -1)) {
            uri.append('/').append(encode(segment));
        }
        return uri.toString();
    }

    /**
     * The media id of a URL of this account's media ({@code {baseUri}/users/{accountId}/media/{mediaId}}, as inbound
     * MMS webhooks carry), decoded; {@code null} when the URL is not one.
     */
    public String mediaIdOf(String accountId, String url) {
        String prefix = baseUri + "/users/" + encode(accountId) + "/media/";
        if (url == null || !url.startsWith(prefix) || url.length() == prefix.length()) {
            return null;
        }
        StringBuilder id = new StringBuilder();
        for (String segment : url.substring(prefix.length()).split("/", -1)) {
            id.append(id.length() == 0 ? "" : "/")
                    .append(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return id.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends a request with the current authorization; a 401 with an OAuth2 token is sent once more with a new token.
     * A non-2xx answer fails the future with the typed exception, a transport failure with
     * {@link ErrorMapper#fromTransport}.
     *
     * @param what    names the request in failure messages
     * @param request makes the request (a new one for each attempt), without the authorization
     * @param reader  reads a 2xx answer; what it throws fails the future
     */
    private <T> CompletableFuture<T> execute(String what, Supplier<SimpleRequestBuilder> request,
                                             Function<SimpleHttpResponse, T> reader) {
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(what, request, reader, true, result);
        return result;
    }

    private <T> void execute(String what, Supplier<SimpleRequestBuilder> request,
                             Function<SimpleHttpResponse, T> reader, boolean mayRenewToken,
                             CompletableFuture<T> result) {
        // one future and plain callbacks: this runs for every message, so no chain of stages
        CompletableFuture<String> authorization = credentials.authorization();
        if (authorization.isDone() && !authorization.isCompletedExceptionally()) {
            send(what, request, reader, mayRenewToken, authorization.join(), result); // Basic, or a valid token
            return;
        }
        authorization.whenComplete((value, authorizationFailure) -> {
            if (authorizationFailure != null) {
                result.completeExceptionally(ErrorMapper.fromTransport(authorizationFailure, what));
            } else {
                send(what, request, reader, mayRenewToken, value, result);
            }
        });
    }

    private <T> void send(String what, Supplier<SimpleRequestBuilder> request, Function<SimpleHttpResponse, T> reader,
                          boolean mayRenewToken, String authorization, CompletableFuture<T> result) {
        try {
            transport.execute(request.get().setHeader(HttpHeaders.AUTHORIZATION, authorization).build(),
                    (response, failure) -> answer(what, request, reader, mayRenewToken, authorization, response,
                            failure, result));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private <T> void answer(String what, Supplier<SimpleRequestBuilder> request, Function<SimpleHttpResponse, T> reader,
                            boolean mayRenewToken, String authorization, SimpleHttpResponse response,
                            Throwable failure, CompletableFuture<T> result) {
        try {
            if (failure != null) {
                result.completeExceptionally(ErrorMapper.fromTransport(failure, what));
            } else if (response.getCode() == 401 && mayRenewToken && credentials.refused(authorization)) {
                LOG.debug("Bandwidth refused the access token; sending once more with a new one");
                execute(what, request, reader, false, result);
            } else if (response.getCode() / 100 != 2) {
                result.completeExceptionally(ErrorMapper.fromResponse(response));
            } else {
                result.complete(reader.apply(response));
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    @FunctionalInterface
    private interface JsonReader<T> {
        T read(byte[] body) throws Exception;
    }

    private static <T> T readJson(SimpleHttpResponse response, String what, JsonReader<T> reader) {
        byte[] body = response.getBodyBytes();
        try {
            return reader.read(body == null || body.length == 0 ? "null".getBytes(StandardCharsets.UTF_8) : body);
        } catch (Exception e) {
            throw new BandwidthException("Bandwidth answered HTTP " + response.getCode() + " but its " + what
                                         + " could not be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * The answer to a send. Accepted all the same when it cannot be read (failing now would invite a resend of a
     * message Bandwidth queued); a field whose value this version cannot read is kept as it came, never at the cost of
     * the others (the id above all).
     */
    private static BandwidthMessage readMessage(SimpleHttpResponse response) {
        byte[] body = response.getBodyBytes();
        if (body != null && body.length > 0) {
            try {
                // the usual answer, read once; anything unusual is read again below, as a tree, field by field
                BandwidthMessage message = BandwidthJson.mapper().readValue(body, BandwidthMessage.class);
                if (message != null) {
                    return message;
                }
            } catch (Exception unusual) {
                // not an object, or a field this version cannot read: the tree below tells which
            }
        }
        JsonNode answer;
        try {
            answer = body == null || body.length == 0 ? null : BandwidthJson.mapper().readTree(body);
        } catch (Exception e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            if (body != null && body.length > 0) {
                LOG.warn("Bandwidth accepted the message (HTTP {}) but its answer is not a JSON object",
                        response.getCode());
            }
            return new BandwidthMessage();
        }
        try {
            return BandwidthJson.mapper().treeToValue(answer, BandwidthMessage.class);
        } catch (Exception e) {
            return readFieldByField((ObjectNode) answer);
        }
    }

    private static BandwidthMessage readFieldByField(ObjectNode answer) {
        BandwidthMessage message = new BandwidthMessage();
        ObjectReader updater = BandwidthJson.mapper().readerForUpdating(message);
        List<String> unreadable = new ArrayList<>();
        answer.fields().forEachRemaining(field -> {
            try {
                JsonNode single = BandwidthJson.mapper().createObjectNode().set(field.getKey(), field.getValue());
                updater.readValue(single);
            } catch (Exception e) {
                unreadable.add(field.getKey());
                message.setAdditionalProperty(field.getKey(), BandwidthJson.mapper().convertValue(field.getValue(),
                        Object.class));
            }
        });
        LOG.debug("Bandwidth's answer has fields this version cannot read, kept as they came: {}", unreadable);
        return message;
    }
}
