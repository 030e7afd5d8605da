package io.camelbandwidth.messaging.model;

import java.util.Objects;

/**
 * A media file as bytes with its media type: what {@code getMedia} answers, and what a route can hand to
 * {@code sendMessage} (body or {@code CamelBandwidthMedia} header) or {@code uploadMedia} to send a local picture.
 * Media stay bytes end to end: never text.
 */
public final class MediaContent {

    private final String name;
    private final String contentType;
    private final byte[] data;

    /**
     * @param name        a file name (used to name the uploaded media; may be {@code null})
     * @param contentType the media type, e.g. {@code image/png}
     * @param data        the bytes (not copied: do not change them afterwards)
     */
    public MediaContent(String name, String contentType, byte[] data) {
        this.name = name;
        this.contentType = contentType;
        this.data = Objects.requireNonNull(data, "data");
    }

    /** A media file of this type with these bytes. */
    public static MediaContent of(String name, String contentType, byte[] data) {
        return new MediaContent(name, contentType, data);
    }

    /** The file name, or {@code null}. */
    public String getName() {
        return name;
    }

    /** The media type, e.g. {@code image/png}. */
    public String getContentType() {
        return contentType;
    }

    /** The bytes. */
    public byte[] getData() {
        return data;
    }

    /** The size in bytes. */
    public int size() {
        return data.length;
    }

    @Override
    public String toString() {
        return "MediaContent[" + name + ", " + contentType + ", " + data.length + " bytes]";
    }
}
