package io.camelbandwidth.messaging;

import org.apache.camel.spi.Metadata;

/**
 * The headers of the {@code bandwidth-sms} component. Producer request headers override the endpoint options of the
 * same name for one exchange; producer result headers are set from Bandwidth's answer; consumer headers describe the
 * callback event in the body.
 * <p>
 * A route that receives callbacks and then sends with {@code bandwidth-sms} reuses {@link #TO}, {@link #FROM} and
 * {@link #TAG} as overrides: set them deliberately (for a reply, swap {@code TO} and {@code FROM}) or remove them.
 */
public final class BandwidthSmsConstants {

    @Metadata(label = "producer,consumer",
              description = "Producer: the recipient(s) in E.164 format, overriding the endpoint option `to`: a String, a"
                            + " comma-separated String or a List of Strings; more than one makes a group message."
                            + " Consumer: the event's `to`, the one recipient a status event concerns, or your number"
                            + " that received an inbound message.",
              javaType = "Object")
    public static final String TO = "CamelBandwidthTo";
    @Metadata(label = "producer,consumer",
              description = "Producer: the sender, overriding the endpoint option `from`: a Bandwidth number in E.164"
                            + " format or an alphanumeric sender ID. Consumer: the message's sender (your number on"
                            + " status events, the handset on inbound ones).",
              javaType = "String")
    public static final String FROM = "CamelBandwidthFrom";
    @Metadata(label = "producer", description = "The Bandwidth messaging application, overriding the endpoint option"
                                                + " `applicationId`.",
              javaType = "String")
    public static final String APPLICATION_ID = "CamelBandwidthApplicationId";
    @Metadata(label = "producer", description = "Media URL(s) that make the message an MMS, overriding the endpoint option"
                                                + " `media`: a String, a comma-separated String or a List of Strings.",
              javaType = "Object")
    public static final String MEDIA = "CamelBandwidthMedia";
    @Metadata(label = "producer,consumer",
              description = "A custom string (max 1024 characters) that Bandwidth echoes in every callback of the"
                            + " message. Producer: overrides the endpoint option `tag`. Consumer: the tag the message"
                            + " was sent with (status events only).",
              javaType = "String")
    public static final String TAG = "CamelBandwidthTag";
    @Metadata(label = "producer", description = "The sending priority, `default` or `high`, overriding the endpoint option"
                                                + " `priority`.",
              javaType = "String", enums = "default,high")
    public static final String PRIORITY = "CamelBandwidthPriority";
    @Metadata(label = "producer", description = "When the message expires if not sent by then, overriding the endpoint"
                                                + " option `expiration`: an RFC 3339 String, a `java.time.OffsetDateTime`,"
                                                + " `java.time.ZonedDateTime`, `java.time.Instant` or `java.util.Date`.",
              javaType = "Object")
    public static final String EXPIRATION = "CamelBandwidthExpiration";

    @Metadata(label = "producer,consumer",
              description = "The id Bandwidth gave the message: set after a successful send, and on every callback"
                            + " event about the message (the same id), to correlate them.",
              javaType = "String")
    public static final String MESSAGE_ID = "CamelBandwidthMessageId";
    @Metadata(label = "producer,consumer",
              description = "The number of segments Bandwidth counts (and bills) for the message (set after a"
                            + " successful send and on callback events; an MMS is one segment).",
              javaType = "Integer")
    public static final String SEGMENT_COUNT = "CamelBandwidthSegmentCount";
    @Metadata(label = "producer,consumer",
              description = "When Bandwidth accepted (created) the message: set after a successful send and on callback"
                            + " events.",
              javaType = "java.time.OffsetDateTime")
    public static final String MESSAGE_TIME = "CamelBandwidthMessageTime";

    @Metadata(label = "consumer",
              description = "The callback event type: `message-received` (inbound), `message-sending`,"
                            + " `message-sent`, `message-delivered`, `message-failed`, or a type Bandwidth added later.",
              javaType = "String")
    public static final String EVENT_TYPE = "CamelBandwidthEventType";
    @Metadata(label = "consumer",
              description = "The direction of the message: `in` (received) or `out` (sent). Never reply to `out`"
                            + " events: it creates loops.",
              javaType = "String")
    public static final String DIRECTION = "CamelBandwidthDirection";
    @Metadata(label = "consumer", description = "Bandwidth's description of the callback event, e.g. `ok`.",
              javaType = "String")
    public static final String DESCRIPTION = "CamelBandwidthDescription";
    @Metadata(label = "consumer",
              description = "The error code of a `message-failed` event, e.g. 4720; absent on other events.",
              javaType = "Integer")
    public static final String ERROR_CODE = "CamelBandwidthErrorCode";
    @Metadata(label = "consumer",
              description = "Who caused a `message-failed` error, from the error code: CLIENT (4xxx: the message,"
                            + " a number or the account was refused), CARRIER (56xx), BANDWIDTH_SERVER (other 5xxx) or"
                            + " AMBIGUOUS (99xx and unknown families: may have been delivered).",
              javaType = "io.camelbandwidth.messaging.model.ErrorCategory",
              enums = "CLIENT,CARRIER,BANDWIDTH_SERVER,AMBIGUOUS")
    public static final String ERROR_CATEGORY = "CamelBandwidthErrorCategory";
    @Metadata(label = "consumer",
              description = "Bandwidth's name of the error code, e.g. `invalid-destination-address`; absent for a code"
                            + " Bandwidth's table does not list.",
              javaType = "String")
    public static final String ERROR_NAME = "CamelBandwidthErrorName";
    @Metadata(label = "consumer",
              description = "Whether sending the failed message again may succeed (true for CARRIER and"
                            + " BANDWIDTH_SERVER errors).",
              javaType = "Boolean")
    public static final String ERROR_RESEND_MAY_HELP = "CamelBandwidthErrorResendMayHelp";

    private BandwidthSmsConstants() {
    }
}
