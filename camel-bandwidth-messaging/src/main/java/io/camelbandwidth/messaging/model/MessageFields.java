package io.camelbandwidth.messaging.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields a message request and Bandwidth's description of a message share (schemas {@code messageRequest} and
 * {@code message}).
 */
public abstract class MessageFields {

    private String applicationId;
    private List<String> to;
    private String from;
    private String text;
    private List<String> media;
    private String tag;
    private MessagePriority priority;
    private OffsetDateTime expiration;

    /** Copies these fields into another message, with lists of its own. */
    protected void copyFieldsInto(MessageFields target) {
        target.applicationId = applicationId;
        target.to = to == null ? null : new ArrayList<>(to);
        target.from = from;
        target.text = text;
        target.media = media == null ? null : new ArrayList<>(media);
        target.tag = tag;
        target.priority = priority;
        target.expiration = expiration;
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
}
