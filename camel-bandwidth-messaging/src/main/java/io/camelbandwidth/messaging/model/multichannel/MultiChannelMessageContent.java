package io.camelbandwidth.messaging.model.multichannel;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the recipient sent in an inbound RBM message (schema {@code multiChannelMessageContent}), in the
 * {@code message.content} of a {@code message-received} callback: a text or a file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class MultiChannelMessageContent {

    private String text;
    private RbmMediaFile media;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** A file the recipient sent; its URL may need the API credentials to download. */
    public RbmMediaFile getMedia() {
        return media;
    }

    public void setMedia(RbmMediaFile media) {
        this.media = media;
    }

    /** Fields this model does not name, as Jackson read them. */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }
}
