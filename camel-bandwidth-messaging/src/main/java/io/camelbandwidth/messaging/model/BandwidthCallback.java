package io.camelbandwidth.messaging.model;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * One event of a Bandwidth messaging webhook (schemas {@code statusCallback} and {@code inboundCallback}): the body of
 * each exchange a {@code bandwidth-sms} consumer receives.
 * <p>
 * {@link #getType()} is kept as text: Bandwidth adds event types over time and an unknown one must reach the route.
 * Fields this model does not name are kept in {@link #getAdditionalProperties()}; serialising the event with Jackson
 * (for example to hand it to a queue) writes Bandwidth's shape back, unknown fields included.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BandwidthCallback {

    /** An inbound message to one of your numbers. */
    public static final String MESSAGE_RECEIVED = "message-received";
    /** An MMS (with MMS delivery receipts enabled) was handed to the upstream provider. */
    public static final String MESSAGE_SENDING = "message-sending";
    /** The message left Bandwidth's network. */
    public static final String MESSAGE_SENT = "message-sent";
    /** Terminal: the message was delivered to the recipient this event names. */
    public static final String MESSAGE_DELIVERED = "message-delivered";
    /** Terminal: the message could not be delivered to the recipient this event names; see {@link #getErrorCode()}. */
    public static final String MESSAGE_FAILED = "message-failed";
    /** An RBM read receipt. */
    public static final String MESSAGE_READ = "message-read";
    /** Inbound: the recipient of an RBM message tapped a suggestion; see {@code message.suggestionResponse}. */
    public static final String SUGGESTION_RESPONSE = "suggestion-response";
    /** Inbound: the recipient of an RBM message shared its location; see {@code message.locationResponse}. */
    public static final String REQUESTED_LOCATION_RESPONSE = "requested-location-response";

    private String type;
    @JsonSerialize(using = TimeJson.Serializer.class)
    @JsonDeserialize(using = TimeJson.Deserializer.class)
    private OffsetDateTime time;
    @JsonSerialize(using = TimeJson.Serializer.class)
    @JsonDeserialize(using = TimeJson.Deserializer.class)
    private OffsetDateTime eventTime;
    private String to;
    private String description;
    private Integer errorCode;
    private String carrierName;
    private BandwidthCallbackMessage message;
    /** Made on the first field this model does not name: most events and answers have none. */
    private Map<String, Object> additionalProperties;

    /** The event type, e.g. {@code message-delivered}; see the constants of this class. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** When the event happened. */
    public OffsetDateTime getTime() {
        return time;
    }

    public void setTime(OffsetDateTime time) {
        this.time = time;
    }

    /** When an RBM message was read ({@code message-read} only). */
    public OffsetDateTime getEventTime() {
        return eventTime;
    }

    public void setEventTime(OffsetDateTime eventTime) {
        this.eventTime = eventTime;
    }

    /**
     * The one recipient this status concerns (status events), or your number that received the message (inbound
     * events).
     */
    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** Bandwidth's human-readable explanation, e.g. {@code ok} or the name of the error. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The error code of a {@code message-failed} event, or {@code null}; see {@link #getErrorCodeInfo()}. */
    public Integer getErrorCode() {
        return errorCode;
    }

    public void setErrorCode(Integer errorCode) {
        this.errorCode = errorCode;
    }

    /** The carrier's name, when the account has that feature. */
    public String getCarrierName() {
        return carrierName;
    }

    public void setCarrierName(String carrierName) {
        this.carrierName = carrierName;
    }

    /** The message the event is about. */
    public BandwidthCallbackMessage getMessage() {
        return message;
    }

    public void setMessage(BandwidthCallbackMessage message) {
        this.message = message;
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

    /** What the error code means: its category, name and whether a resend may help; empty without an error code. */
    @JsonIgnore
    public Optional<ErrorCodeInfo> getErrorCodeInfo() {
        return errorCode == null ? Optional.empty() : Optional.of(BandwidthErrorCodes.lookup(errorCode));
    }

    /**
     * Whether this event comes from the other side (the spec's inbound callback types): a message someone sent to one
     * of your numbers ({@code message-received}) or an RBM reply ({@code suggestion-response},
     * {@code requested-location-response}).
     */
    @JsonIgnore
    public boolean isInbound() {
        return MESSAGE_RECEIVED.equals(type) || SUGGESTION_RESPONSE.equals(type)
               || REQUESTED_LOCATION_RESPONSE.equals(type);
    }

    @Override
    public String toString() {
        // no numbers, no text: this ends up in logs
        return "BandwidthCallback[type=" + type + ", messageId=" + (message == null ? null : message.getId())
               + (errorCode == null ? "" : ", errorCode=" + errorCode) + "]";
    }
}
