package io.camelbandwidth.messaging.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A message as Bandwidth describes it (schema {@code message}): the answer to a send, where {@code 202 Accepted} means
 * queued, not delivered. Delivery is reported later by callbacks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BandwidthMessage extends MessageFields {

    private String id;
    private String owner;
    private OffsetDateTime time;
    private Integer segmentCount;
    private String direction;

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

    @Override
    public String toString() {
        return "BandwidthMessage[id=" + id + ", segmentCount=" + segmentCount + ", direction=" + direction + "]";
    }
}
