package io.camelbandwidth.messaging.model;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageContent;
import io.camelbandwidth.messaging.model.multichannel.RbmLocationResponse;
import io.camelbandwidth.messaging.model.multichannel.RbmSuggestionResponse;

/**
 * The message a callback is about (schemas {@code statusCallbackMessage} and {@code inboundCallbackMessage}).
 * <p>
 * On status events ({@code direction} {@code out}) the {@code text} is empty; on inbound events it is what the handset
 * sent. Inbound RBM events of multi-channel messages carry {@code content}, {@code suggestionResponse} or
 * {@code locationResponse}. Fields Bandwidth adds later are kept in {@link #getAdditionalProperties()} and written
 * back when the message is serialised.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BandwidthCallbackMessage {

    private String id;
    private String owner;
    private String applicationId;
    @JsonSerialize(using = TimeJson.Serializer.class)
    @JsonDeserialize(using = TimeJson.Deserializer.class)
    private OffsetDateTime time;
    private Integer segmentCount;
    private String direction;
    private List<String> to;
    private String from;
    private String text;
    private List<String> media;
    private String tag;
    private String priority;
    private String channel;
    private MultiChannelMessageContent content;
    private RbmSuggestionResponse suggestionResponse;
    private RbmLocationResponse locationResponse;
    /** Made on the first field this model does not name: most events and answers have none. */
    private Map<String, Object> additionalProperties;

    /** The id Bandwidth gave the message: the id a send answered with, for status events. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Your Bandwidth number the message belongs to: the sender (outbound) or the number that got this copy (inbound). */
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

    /** When the message was created. */
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

    /** {@code out} for a message sent, {@code in} for one received. Never reply to {@code out}: it loops. */
    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    /** Every recipient of the message (a group message has several). */
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

    /** The text of an inbound message; empty on status events. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /**
     * Media URLs. Inbound media live at Bandwidth, need the API credentials to download, and expire after about 48
     * hours.
     */
    public List<String> getMedia() {
        return media;
    }

    public void setMedia(List<String> media) {
        this.media = media;
    }

    /** The tag given when the message was sent (outbound only). */
    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    /** {@code default} or {@code high}; kept as text so that a value Bandwidth adds never fails a callback. */
    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    /** {@code SMS}, {@code MMS} or {@code RBM}, on multi-channel messages only. */
    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    /** What the recipient sent in an inbound RBM message ({@code message-received} on channel RBM): text or a file. */
    public MultiChannelMessageContent getContent() {
        return content;
    }

    public void setContent(MultiChannelMessageContent content) {
        this.content = content;
    }

    /** The suggestion the recipient tapped ({@code suggestion-response} events). */
    public RbmSuggestionResponse getSuggestionResponse() {
        return suggestionResponse;
    }

    public void setSuggestionResponse(RbmSuggestionResponse suggestionResponse) {
        this.suggestionResponse = suggestionResponse;
    }

    /** The location the recipient shared ({@code requested-location-response} events). */
    public RbmLocationResponse getLocationResponse() {
        return locationResponse;
    }

    public void setLocationResponse(RbmLocationResponse locationResponse) {
        this.locationResponse = locationResponse;
    }

    /** Fields this model does not name, as Jackson read them (maps, lists, strings, numbers). */
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

    @Override
    public String toString() {
        // no numbers, no text: this ends up in logs
        return "BandwidthCallbackMessage[id=" + id + ", direction=" + direction + "]";
    }
}
