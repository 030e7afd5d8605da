package io.camelbandwidth.messaging.model;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A message as Bandwidth describes it (schema {@code message}): the answer to a send, where {@code 202 Accepted} means
 * queued, not delivered. Delivery is reported later by callbacks.
 * <p>
 * Bandwidth adds fields and values over time: fields this model does not name, and a {@code priority} it does not
 * know, are kept in {@link #getAdditionalProperties()} (and written back when the message is serialised), so that an
 * answer never loses its id over them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BandwidthMessage extends MessageFields {

    private String id;
    private String owner;
    @JsonSerialize(using = TimeJson.Serializer.class)
    @JsonDeserialize(using = TimeJson.Deserializer.class)
    private OffsetDateTime time;
    private Integer segmentCount;
    private String direction;
    /** Made on the first field this model does not name: most events and answers have none. */
    private Map<String, Object> additionalProperties;

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

    /** Fields this model does not name, or values it does not know, as Jackson read them. */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        if (additionalProperties == null) {
            additionalProperties = new LinkedHashMap<>();
        }
        return additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        getAdditionalProperties().put(name, value);
    }

    /** Reads the priority; one the component does not know is kept as an additional property. */
    @JsonSetter("priority")
    private void readPriority(String value) {
        MessagePriority known = null;
        try {
            known = value == null ? null : MessagePriority.of(value);
        } catch (IllegalArgumentException newValue) {
            getAdditionalProperties().put("priority", value);
        }
        setPriority(known);
    }

    @Override
    public String toString() {
        return "BandwidthMessage[id=" + id + ", segmentCount=" + segmentCount + ", direction=" + direction + "]";
    }
}
