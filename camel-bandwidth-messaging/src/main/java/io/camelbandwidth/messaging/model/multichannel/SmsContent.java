package io.camelbandwidth.messaging.model.multichannel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The content of an SMS entry (schema {@code smsMessageContent}): the text, required, at most 2048 characters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class SmsContent {

    private String text;

    public static SmsContent of(String text) {
        SmsContent content = new SmsContent();
        content.setText(text);
        return content;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
