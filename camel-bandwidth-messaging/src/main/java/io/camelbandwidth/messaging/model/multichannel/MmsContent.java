package io.camelbandwidth.messaging.model.multichannel;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The content of an MMS entry (schema {@code mmsMessageContent}): text (at most 2048 characters) and media files.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class MmsContent {

    private String text;
    private List<MmsMediaFile> media;

    public static MmsContent of(String text, List<MmsMediaFile> media) {
        MmsContent content = new MmsContent();
        content.setText(text);
        content.setMedia(media);
        return content;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The attachments; Bandwidth limits each file to 3.5 MB for MMS. */
    public List<MmsMediaFile> getMedia() {
        return media;
    }

    public void setMedia(List<MmsMediaFile> media) {
        this.media = media;
    }
}
