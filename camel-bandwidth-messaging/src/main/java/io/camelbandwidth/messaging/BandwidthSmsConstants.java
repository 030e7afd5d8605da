package io.camelbandwidth.messaging;

import org.apache.camel.spi.Metadata;

/**
 * The headers of the {@code bandwidth-sms} component. Request headers override the endpoint options of the same name
 * for one exchange; result headers are set from Bandwidth's answer.
 */
public final class BandwidthSmsConstants {

    @Metadata(label = "producer", description = "Recipient(s) in E.164 format, overriding the endpoint option `to`: a"
                                                + " String, a comma-separated String or a List of Strings. More than"
                                                + " one recipient makes a group message.",
              javaType = "Object")
    public static final String TO = "CamelBandwidthTo";
    @Metadata(label = "producer", description = "The sender, overriding the endpoint option `from`: a Bandwidth number in"
                                                + " E.164 format or an alphanumeric sender ID.",
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
    @Metadata(label = "producer", description = "A custom string (max 1024 characters) that Bandwidth echoes in every"
                                                + " callback of the message, overriding the endpoint option `tag`.",
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

    @Metadata(label = "producer", description = "The id Bandwidth gave the message (set after a successful send).",
              javaType = "String")
    public static final String MESSAGE_ID = "CamelBandwidthMessageId";
    @Metadata(label = "producer", description = "The number of segments Bandwidth counts (and bills) for the message (set"
                                                + " after a successful send; an MMS is one segment).",
              javaType = "Integer")
    public static final String SEGMENT_COUNT = "CamelBandwidthSegmentCount";
    @Metadata(label = "producer", description = "When Bandwidth accepted the message (set after a successful send).",
              javaType = "java.time.OffsetDateTime")
    public static final String MESSAGE_TIME = "CamelBandwidthMessageTime";

    private BandwidthSmsConstants() {
    }
}
