package io.camelbandwidth.messaging.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A message to send: the body of {@code POST /users/{accountId}/messages} (schema {@code messageRequest} of the
 * Bandwidth Messaging API). Set it as the exchange body to control the whole request; fields left {@code null} take
 * the {@code CamelBandwidth*} headers, then the endpoint options.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class MessageRequest extends MessageFields {

    public MessageRequest() {
    }

    /**
     * A text message from one number to one or more recipients.
     */
    public static MessageRequest text(String from, String text, String... to) {
        MessageRequest request = new MessageRequest();
        request.setFrom(from);
        request.setText(text);
        request.setTo(new ArrayList<>(List.of(to)));
        return request;
    }

    /** A copy whose lists can be changed without touching this request. */
    public MessageRequest copy() {
        MessageRequest copy = new MessageRequest();
        copyFieldsInto(copy);
        return copy;
    }

    @Override
    public String toString() {
        // no text, numbers or tag: toString() ends up in logs
        return "MessageRequest[applicationId=" + getApplicationId() + ", recipients="
               + (getTo() == null ? 0 : getTo().size()) + ", media=" + (getMedia() == null ? 0 : getMedia().size()) + "]";
    }
}
