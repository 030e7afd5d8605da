package io.camelbandwidth.messaging.model;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A message as Bandwidth describes it (schema {@code message}): the answer to a send, where {@code 202 Accepted} means
 * queued, not delivered. Delivery is reported later by callbacks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BandwidthMessage {

    private String id;
    private String owner;
    private String applicationId;
    private OffsetDateTime time;
    private Integer segmentCount;
    private String direction;
    private List<String> to;
    private String from;
    private List<String> media;
    private String text;
    private String tag;
    private MessagePriority priority;
    private OffsetDateTime expiration;

    /** The id Bandwidth gave the message; callbacks carry the same id. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The Bandwidth number the message belongs to. */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    /** When Bandwidth accepted the message. */
    public OffsetDateTime getTime() {
        return time;
    }

    public void setTime(OffsetDateTime time) {
        this.time = time;
    }

    /** The segments Bandwidth counts and bills (an MMS is one). */
    public Integer getSegmentCount() {
        return segmentCount;
    }

    public void setSegmentCount(Integer segmentCount) {
        this.segmentCount = segmentCount;
    }

    /** {@code out} for a message sent, {@code in} for one received. */
    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public List<String> getTo() {
        return to;
    }

    public void setTo(List<String> to) {
        this.to = to;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public List<String> getMedia() {
        return media;
    }

    public void setMedia(List<String> media) {
        this.media = media;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public MessagePriority getPriority() {
        return priority;
    }

    public void setPriority(MessagePriority priority) {
        this.priority = priority;
    }

    public OffsetDateTime getExpiration() {
        return expiration;
    }

    public void setExpiration(OffsetDateTime expiration) {
        this.expiration = expiration;
    }

    @Override
    public String toString() {
        return "BandwidthMessage[id=" + id + ", segmentCount=" + segmentCount + ", direction=" + direction + "]";
    }
}
