package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the answers of the media endpoints: {@code GET /users/{accountId}/media} (list, paged with the
 * {@code Continuation-Token} header), and {@code GET}, {@code PUT}, {@code DELETE /users/{accountId}/media/{mediaId}}.
 * Each authenticates like the messages endpoint (401).
 */
final class MediaProcessor {

    /** The media types the spec lists for {@code uploadMedia} ({@code uploadMediaRequest}); others get 415. */
    private static final Set<String> UPLOAD_TYPES = Set.of(
            "application/json", "application/ogg", "application/pdf", "application/rtf", "application/zip",
            "application/x-tar", "application/xml", "application/gzip", "application/x-bzip2", "application/x-gzip",
            "application/smil", "application/javascript",
            "audio/mp4", "audio/mpeg", "audio/ogg", "audio/flac", "audio/webm", "audio/wav", "audio/amr", "audio/3gpp",
            "image/bmp", "image/gif", "image/heic", "image/heif", "image/jpeg", "image/pjpeg", "image/png",
            "image/svg+xml", "image/tiff", "image/webp", "image/x-icon",
            "text/css", "text/csv", "text/calendar", "text/html", "text/plain", "text/javascript", "text/vcard",
            "text/vnd.wap.wml", "text/xml",
            "video/avi", "video/mp4", "video/mpeg", "video/ogg", "video/quicktime", "video/webm", "video/x-ms-wmv",
            "video/x-flv");

    static final String CONTINUATION_TOKEN = "Continuation-Token";

    private final CredentialsChecker credentials;
    private final MediaStore store;
    private final ApiUris uris;
    private final int pageSize;
    private final Clock clock;

    MediaProcessor(CredentialsChecker credentials, MediaStore store, ApiUris uris, int pageSize, Clock clock) {
        this.credentials = credentials;
        this.store = store;
        this.uris = uris;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    ApiResponse list(String accountId, String authorization, String continuationToken) {
        if (credentials.check(authorization) == null) {
            return ApiResponse.UNAUTHORIZED;
        }
        String after = null;
        if (continuationToken != null) {
            after = decodeToken(continuationToken);
            if (after == null) {
                return ApiResponse.json(400, Json.error("request-validation", "The Continuation-Token is not valid."));
            }
        }
        List<StoredMedia> page = store.page(accountId, after, pageSize);
        ArrayNode body = Json.MAPPER.createArrayNode();
        for (StoredMedia media : page) {
            body.addObject()
                    .put("content", uris.media(accountId, media.mediaId()))
                    .put("contentLength", media.size())
                    .put("mediaName", media.mediaId());
        }
        Map<String, String> headers = Map.of();
        if (!page.isEmpty() && store.hasAfter(accountId, page.get(page.size() - 1).mediaId())) {
            headers = Map.of(CONTINUATION_TOKEN, encodeToken(page.get(page.size() - 1).mediaId()));
        }
        return new ApiResponse(200, headers, Exchanges.JSON, Json.bytes(body), null);
    }

    ApiResponse get(String accountId, String mediaId, String authorization) {
        if (credentials.check(authorization) == null) {
            return ApiResponse.UNAUTHORIZED;
        }
        Optional<StoredMedia> media = store.get(accountId, mediaId);
        if (media.isEmpty()) {
            return notFound(mediaId);
        }
        return new ApiResponse(200, Map.of(), media.get().contentType(), media.get().content(), null);
    }

    ApiResponse upload(String accountId, String mediaId, String authorization, String contentType, String cacheControl,
                       byte[] body) {
        if (credentials.check(authorization) == null) {
            return ApiResponse.UNAUTHORIZED;
        }
        String type = Exchanges.mediaType(contentType);
        if (!UPLOAD_TYPES.contains(type)) {
            return ApiResponse.json(415, Json.error("unsupported-media-type",
                    "Content-Type '" + contentType + "' is not a supported media type."));
        }
        if (body.length == 0) {
            return ApiResponse.json(400, Json.error("request-validation", "The media file is empty."));
        }
        MediaStore.Refusal refusal = store.put(new StoredMedia(accountId, mediaId, contentType, body, cacheControl,
                clock.instant()));
        if (refusal == MediaStore.Refusal.TOO_LARGE) {
            return ApiResponse.json(400, Json.error("request-validation", "The media file has " + body.length
                    + " bytes; at most " + store.maxFileSize() + " are allowed."));
        }
        if (refusal == MediaStore.Refusal.STORE_FULL) {
            return ApiResponse.json(400, Json.error("media-storage-full", "The simulator's media store is full."));
        }
        return ApiResponse.NO_CONTENT;
    }

    ApiResponse delete(String accountId, String mediaId, String authorization) {
        if (credentials.check(authorization) == null) {
            return ApiResponse.UNAUTHORIZED;
        }
        if (!store.delete(accountId, mediaId)) {
            return notFound(mediaId);
        }
        return ApiResponse.NO_CONTENT;
    }

    private static ApiResponse notFound(String mediaId) {
        return ApiResponse.json(404, Json.error("not-found", "Media '" + mediaId + "' was not found."));
    }

    private static String encodeToken(String lastName) {
        return Base64.getEncoder().encodeToString(("after:" + lastName).getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        try {
            String decoded = new String(Base64.getDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            return decoded.startsWith("after:") ? decoded.substring("after:".length()) : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
