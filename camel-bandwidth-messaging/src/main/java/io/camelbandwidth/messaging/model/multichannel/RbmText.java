package io.camelbandwidth.messaging.model.multichannel;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** RBM text (schema {@code rbmMessageContentText}); see {@link RbmContent#text}. */
@JsonDeserialize(using = JsonDeserializer.None.class)
public final class RbmText extends RbmContent {

    private String text;

    /** The text, required, at most 3270 characters. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
