package io.camelbandwidth.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A media file held by the simulator's media store (uploaded with {@code PUT …/media/{mediaId}} or seeded with
 * {@link BandwidthSimulator#putMedia}).
 *
 * @param accountId    the account it belongs to
 * @param mediaId      its name, everything after {@code /media/} (may contain slashes, e.g. {@code {messageId}/0/a.png})
 * @param contentType  the {@code Content-Type} it was uploaded with
 * @param content      the bytes exactly as uploaded; do not modify them
 * @param cacheControl the {@code Cache-Control} header of the upload, or {@code null}
 * @param uploaded     when it was stored
 */
public record StoredMedia(String accountId, String mediaId, String contentType, byte[] content, String cacheControl,
                          Instant uploaded) {

    /**
     * Creates a record; every component but {@code cacheControl} is required.
     *
     * @param accountId see {@link #accountId()}
     * @param mediaId see {@link #mediaId()}
     * @param contentType see {@link #contentType()}
     * @param content see {@link #content()}
     * @param cacheControl see {@link #cacheControl()}
     * @param uploaded see {@link #uploaded()}
     */
    public StoredMedia {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(uploaded, "uploaded");
    }

    /** @return the size in bytes */
    public int size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "StoredMedia[" + accountId + "/" + mediaId + ", " + contentType + ", " + content.length + " bytes]";
    }
}
