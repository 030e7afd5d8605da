package io.camelbandwidth.messaging.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A message to send: the body of {@code POST /users/{accountId}/messages} (schema {@code messageRequest} of the
 * Bandwidth Messaging API). Set it as the exchange body to control the whole request; fields left {@code null} take
 * the endpoint options.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class MessageRequest {

    private String applicationId;
    private List<String> to;
    private String from;
    private String text;
    private List<String> media;
    private String tag;
    private MessagePriority priority;
    private OffsetDateTime expiration;

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
        copy.applicationId = applicationId;
        copy.to = to == null ? null : new ArrayList<>(to);
        copy.from = from;
        copy.text = text;
        copy.media = media == null ? null : new ArrayList<>(media);
        copy.tag = tag;
        copy.priority = priority;
        copy.expiration = expiration;
        return copy;
    }

    /** The messaging application of the {@code from} number. */
    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    /** The recipients in E.164 format; more than one makes a group message. */
    public List<String> getTo() {
        return to;
    }

    public void setTo(List<String> to) {
        this.to = to;
    }

    /** The sender: a Bandwidth number in E.164 format or an alphanumeric sender ID. */
    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /** The text, at most 2048 characters. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Media URLs; any media makes the message an MMS. */
    public List<String> getMedia() {
        return media;
    }

    public void setMedia(List<String> media) {
        this.media = media;
    }

    /** A custom string echoed in every callback of the message, at most 1024 characters. */
    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    /** The sending priority. */
    public MessagePriority getPriority() {
        return priority;
    }

    public void setPriority(MessagePriority priority) {
        this.priority = priority;
    }

    /** When the message expires if it has not been sent by then; must be in the future. */
    public OffsetDateTime getExpiration() {
        return expiration;
    }

    public void setExpiration(OffsetDateTime expiration) {
        this.expiration = expiration;
    }

    @Override
    public String toString() {
        // no text, numbers or tag: toString() ends up in logs
        return "MessageRequest[applicationId=" + applicationId + ", recipients=" + (to == null ? 0 : to.size())
               + ", media=" + (media == null ? 0 : media.size()) + "]";
    }
}
