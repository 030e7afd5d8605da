package io.camelbandwidth.messaging.send;

import java.util.concurrent.CompletableFuture;

import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.BandwidthValidationException;
import io.camelbandwidth.messaging.client.BandwidthMessagingClient;
import io.camelbandwidth.messaging.model.MediaContent;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The media operations: {@code uploadMedia}, {@code getMedia}, {@code listMedia}, {@code deleteMedia}. Media stay
 * bytes end to end, and an upload carries the file's real media type.
 */
public final class MediaOperations {

    private final BandwidthSmsConfiguration configuration;
    private final BandwidthMessagingClient client;

    public MediaOperations(BandwidthSmsConfiguration configuration, BandwidthMessagingClient client) {
        this.configuration = configuration;
        this.client = client;
    }

    /**
     * {@code uploadMedia}: the body (a file, {@code byte[]}, {@code InputStream} or {@link MediaContent}) is stored
     * under {@code CamelBandwidthMediaId} (default: a UUID and the file name). The media type comes from
     * {@code CamelBandwidthMediaContentType}, else the file name, else {@code Content-Type}. Sets
     * {@code CamelBandwidthMediaId}, {@code CamelBandwidthMediaUrl} and the URL as the body.
     */
    public CompletableFuture<Void> upload(Exchange exchange) {
        Message in = exchange.getMessage();
        Object body = in.getBody();
        if (body == null) {
            throw new BandwidthValidationException("body", "uploadMedia needs the media as the body");
        }
        if (!LocalMedia.isLocal(body)) {
            byte[] bytes = in.getBody(byte[].class);
            if (bytes == null) {
                throw new BandwidthValidationException("body", "must be a File, Path, byte[], InputStream or"
                                                               + " MediaContent, not " + body.getClass().getName());
            }
            body = bytes;
        }
        MediaContent content = LocalMedia.read(body, in, true, "body", configuration.getMaxMediaSize());
        String mediaId = in.getHeader(BandwidthSmsConstants.MEDIA_ID, String.class);
        if (mediaId == null) {
            mediaId = LocalMedia.newMediaId(content.getName());
        } else {
            mediaId = checkedId(mediaId, BandwidthSmsConstants.MEDIA_ID);
        }
        String id = mediaId;
        String accountId = configuration.getAccountId();
        return client.uploadMedia(accountId, id, content.getData(), content.getContentType()).thenRun(() -> {
            String url = client.mediaUri(accountId, id);
            in.setHeader(BandwidthSmsConstants.MEDIA_ID, id);
            in.setHeader(BandwidthSmsConstants.MEDIA_URL, url);
            in.setHeader(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, content.getContentType());
            in.setBody(url);
        });
    }

    /** {@code getMedia}: the bytes as the body, with {@code Content-Type} and {@code CamelBandwidthMediaContentType}. */
    public CompletableFuture<Void> get(Exchange exchange) {
        Message in = exchange.getMessage();
        String id = mediaId(in);
        return client.getMedia(configuration.getAccountId(), id).thenAccept(content -> {
            in.setBody(content.getData());
            in.setHeader(Exchange.CONTENT_TYPE, content.getContentType());
            in.setHeader(BandwidthSmsConstants.MEDIA_CONTENT_TYPE, content.getContentType());
            in.setHeader(BandwidthSmsConstants.MEDIA_ID, id);
        });
    }

    /**
     * {@code listMedia}: a {@code List<BandwidthMedia>} body; {@code CamelBandwidthContinuationToken} in (the page to
     * read) and out (the next page, removed on the last).
     */
    public CompletableFuture<Void> list(Exchange exchange) {
        Message in = exchange.getMessage();
        Object token = in.getHeader(BandwidthSmsConstants.CONTINUATION_TOKEN);
        if (token != null && !(token instanceof CharSequence)) {
            throw new BandwidthValidationException(BandwidthSmsConstants.CONTINUATION_TOKEN, "must be a String");
        }
        return client.listMedia(configuration.getAccountId(), token == null ? null : token.toString())
                .thenAccept(page -> {
                    in.setBody(page.media());
                    if (page.continuationToken() == null) {
                        in.removeHeader(BandwidthSmsConstants.CONTINUATION_TOKEN);
                    } else {
                        in.setHeader(BandwidthSmsConstants.CONTINUATION_TOKEN, page.continuationToken());
                    }
                });
    }

    /** {@code deleteMedia}: deletes {@code CamelBandwidthMediaId}; the body is left as it was. */
    public CompletableFuture<Void> delete(Exchange exchange) {
        return client.deleteMedia(configuration.getAccountId(), mediaId(exchange.getMessage()));
    }

    /** The media id of the header: an id, or a media URL of this account (as inbound MMS webhooks carry). */
    private String mediaId(Message in) {
        String field = BandwidthSmsConstants.MEDIA_ID;
        Object value = in.getHeader(field);
        if (value == null) {
            throw new BandwidthValidationException(field, "is required: the media id or its media URL");
        }
        if (!(value instanceof CharSequence)) {
            throw new BandwidthValidationException(field, "must be a String, not " + value.getClass().getName());
        }
        String text = value.toString().strip();
        if (text.contains("://")) {
            String id = client.mediaIdOf(configuration.getAccountId(), text);
            if (id == null) {
                throw new BandwidthValidationException(field, "is a URL but not a media URL of this account under"
                                                              + " baseUri");
            }
            return checkedId(id, field);
        }
        return checkedId(text, field);
    }

    private static String checkedId(String id, String field) {
        if (id.isBlank()) {
            throw new BandwidthValidationException(field, "is empty");
        }
        for (String segment : id.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new BandwidthValidationException(field, "has an empty, '.' or '..' path segment");
            }
        }
        return id;
    }
}
