package io.camelbandwidth.messaging.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The filters and paging of {@code listMessages} ({@code GET /users/{accountId}/messages}), named as the query
 * parameters of Bandwidth's spec. Set it as the body (or a {@code Map} of the same names); the
 * {@code CamelBandwidth*} filter headers fill in what it leaves out. Bandwidth requires at least one parameter.
 *
 * <pre>{@code
 * MessageQuery.create().messageStatus("FAILED").fromDateTime(OffsetDateTime.now().minusDays(1)).limit(50)
 * }</pre>
 */
public final class MessageQuery {

    /** The values a query parameter takes, as the spec declares it. */
    public enum Kind {
        /** Any non-empty text. */
        TEXT,
        /** Full E.164 numbers, comma-separated, or one partial number. */
        PHONE_NUMBERS,
        /** An ISO 8601 date-time. */
        DATE_TIME,
        INTEGER,
        BOOLEAN,
        /** One of the spec's enum values. */
        CHOICE
    }

    /**
     * A query parameter of the spec's {@code listMessages}.
     *
     * @param name    the spec's name
     * @param kind    the values it takes
     * @param choices the values of a {@link Kind#CHOICE} parameter, spelled as the spec does; empty otherwise
     */
    public record Parameter(String name, Kind kind, List<String> choices) {

        Parameter(String name, Kind kind) {
            this(name, kind, List.of());
        }
    }

    /** Every query parameter of the spec's {@code listMessages}, by name. */
    public static final Map<String, Parameter> PARAMETERS = parameters(
            new Parameter("messageId", Kind.TEXT),
            new Parameter("sourceTn", Kind.PHONE_NUMBERS),
            new Parameter("destinationTn", Kind.PHONE_NUMBERS),
            new Parameter("messageStatus", Kind.CHOICE, List.of("RECEIVED", "QUEUED", "SENDING", "SENT", "FAILED",
                    "DELIVERED", "ACCEPTED", "UNDELIVERED")),
            new Parameter("messageDirection", Kind.CHOICE, List.of("INBOUND", "OUTBOUND")),
            new Parameter("carrierName", Kind.TEXT),
            new Parameter("messageType", Kind.CHOICE, List.of("sms", "mms", "rcs")),
            new Parameter("errorCode", Kind.INTEGER),
            new Parameter("fromDateTime", Kind.DATE_TIME),
            new Parameter("toDateTime", Kind.DATE_TIME),
            new Parameter("campaignId", Kind.TEXT),
            new Parameter("fromBwLatency", Kind.INTEGER),
            new Parameter("bwQueued", Kind.BOOLEAN),
            new Parameter("product", Kind.CHOICE, List.of("LOCAL_A2P", "P2P", "SHORT_CODE_REACH", "TOLL_FREE",
                    "HOSTED_SHORT_CODE", "ALPHA_NUMERIC", "RBM_MEDIA", "RBM_RICH", "RBM_CONVERSATIONAL")),
            new Parameter("location", Kind.TEXT),
            new Parameter("carrierQueued", Kind.BOOLEAN),
            new Parameter("fromCarrierLatency", Kind.INTEGER),
            new Parameter("callingNumberCountryA3", Kind.TEXT),
            new Parameter("calledNumberCountryA3", Kind.TEXT),
            new Parameter("fromSegmentCount", Kind.INTEGER),
            new Parameter("toSegmentCount", Kind.INTEGER),
            new Parameter("fromMessageSize", Kind.INTEGER),
            new Parameter("toMessageSize", Kind.INTEGER),
            new Parameter("sort", Kind.TEXT),
            new Parameter("pageToken", Kind.TEXT),
            new Parameter("limit", Kind.INTEGER),
            new Parameter("limitTotalCount", Kind.BOOLEAN));

    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private static Map<String, Parameter> parameters(Parameter... parameters) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            byName.put(parameter.name(), parameter);
        }
        return Collections.unmodifiableMap(byName);
    }

    public static MessageQuery create() {
        return new MessageQuery();
    }

    /** Any query parameter of the spec by its name, e.g. {@code parameter("carrierName", "Verizon")}. */
    public MessageQuery parameter(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        return this;
    }

    /** A message id. */
    public MessageQuery messageId(String messageId) {
        return parameter("messageId", messageId);
    }

    /** The sender: a full E.164 number, up to 10 comma-separated, or one partial number of at least 5 characters. */
    public MessageQuery sourceTn(String sourceTn) {
        return parameter("sourceTn", sourceTn);
    }

    /** The recipient: as {@link #sourceTn(String)}. */
    public MessageQuery destinationTn(String destinationTn) {
        return parameter("destinationTn", destinationTn);
    }

    /** RECEIVED, QUEUED, SENDING, SENT, FAILED, DELIVERED, ACCEPTED or UNDELIVERED. */
    public MessageQuery messageStatus(String messageStatus) {
        return parameter("messageStatus", messageStatus);
    }

    /** INBOUND or OUTBOUND. */
    public MessageQuery messageDirection(String messageDirection) {
        return parameter("messageDirection", messageDirection);
    }

    /** sms, mms or rcs. */
    public MessageQuery messageType(String messageType) {
        return parameter("messageType", messageType);
    }

    /** A Bandwidth error code, e.g. 4720. */
    public MessageQuery errorCode(int errorCode) {
        return parameter("errorCode", errorCode);
    }

    /** Messages received (by Bandwidth) at or after this time; Bandwidth searches a window of 14 days. */
    public MessageQuery fromDateTime(OffsetDateTime fromDateTime) {
        return parameter("fromDateTime", fromDateTime);
    }

    public MessageQuery fromDateTime(Instant fromDateTime) {
        return parameter("fromDateTime", fromDateTime);
    }

    /** Messages received at or before this time. */
    public MessageQuery toDateTime(OffsetDateTime toDateTime) {
        return parameter("toDateTime", toDateTime);
    }

    public MessageQuery toDateTime(Instant toDateTime) {
        return parameter("toDateTime", toDateTime);
    }

    /** {@code field:asc} or {@code field:desc}, e.g. {@code receiveTime:desc}. */
    public MessageQuery sort(String sort) {
        return parameter("sort", sort);
    }

    /** The page to read: the {@code nextPageToken} of the previous page. */
    public MessageQuery pageToken(String pageToken) {
        return parameter("pageToken", pageToken);
    }

    /** The most messages per page (Bandwidth's default 100). */
    public MessageQuery limit(int limit) {
        return parameter("limit", limit);
    }

    /** The parameters set, by spec name. */
    public Map<String, Object> toMap() {
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public String toString() {
        return "MessageQuery" + parameters.keySet();
    }
}
