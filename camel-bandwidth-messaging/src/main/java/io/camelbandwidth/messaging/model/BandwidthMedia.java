package io.camelbandwidth.messaging.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One media file of the account, as {@code listMedia} describes it (schema {@code media}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BandwidthMedia {

    private String content;
    private Long contentLength;
    private String mediaName;

    /** Where the file is: its media URL. */
    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    /** The size in bytes. */
    public Long getContentLength() {
        return contentLength;
    }

    public void setContentLength(Long contentLength) {
        this.contentLength = contentLength;
    }

    /** The media id: what {@code getMedia} and {@code deleteMedia} take. */
    public String getMediaName() {
        return mediaName;
    }

    public void setMediaName(String mediaName) {
        this.mediaName = mediaName;
    }

    @Override
    public String toString() {
        return "BandwidthMedia[" + mediaName + ", " + contentLength + " bytes]";
    }
}
