package io.camelbandwidth.messaging.model.multichannel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The suggestion the recipient tapped (schema {@code rbmSuggestionResponse}), in the
 * {@code message.suggestionResponse} of a {@code suggestion-response} callback.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RbmSuggestionResponse {

    private String text;
    private String postbackData;
    private String pairedMessageId;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    /** The text of the suggestion tapped. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The suggestion's postback data as Bandwidth sent it (base64); see {@link #getPostbackDataAsText()}. */
    public String getPostbackData() {
        return postbackData;
    }

    public void setPostbackData(String postbackData) {
        this.postbackData = postbackData;
    }

    /**
     * The postback data decoded (base64, then UTF-8): the text given to {@link RbmAction#reply} and the other
     * factories; {@code null} when absent or not base64.
     */
    @JsonIgnore
    public String getPostbackDataAsText() {
        if (postbackData == null) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(postbackData.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** The id of the message whose suggestion was tapped. */
    public String getPairedMessageId() {
        return pairedMessageId;
    }

    public void setPairedMessageId(String pairedMessageId) {
        this.pairedMessageId = pairedMessageId;
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
