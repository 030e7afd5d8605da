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

    @Metadata(label = "producer", description = "The id Bandwidth gave the message (set after a successful send);"
                                                + " listMessages filter messageId (remove it after a send to list other"
                                                + " messages).",
              javaType = "String")
    public static final String MESSAGE_ID = "CamelBandwidthMessageId";
    @Metadata(label = "producer", description = "The number of segments Bandwidth counts (and bills) for the message (set"
                                                + " after a successful send; an MMS is one segment).",
              javaType = "Integer")
    public static final String SEGMENT_COUNT = "CamelBandwidthSegmentCount";
    @Metadata(label = "producer", description = "When Bandwidth accepted the message (set after a successful send).",
              javaType = "java.time.OffsetDateTime")
    public static final String MESSAGE_TIME = "CamelBandwidthMessageTime";

    // --- operations, local media and segments (beyond sending) ---
    @Metadata(label = "producer", description = "The operation, overriding the endpoint option `operation`: sendMessage,"
                                                + " listMessages, uploadMedia, getMedia, listMedia or deleteMedia.",
              javaType = "String", enums = "sendMessage,listMessages,uploadMedia,getMedia,listMedia,deleteMedia")
    public static final String OPERATION = "CamelBandwidthOperation";
    @Metadata(label = "producer", description = "sendMessage: the text of a message whose body is a picture (a local"
                                                + " file, bytes or a stream of media content); ignored when the body is"
                                                + " the text.",
              javaType = "String")
    public static final String TEXT = "CamelBandwidthText";
    @Metadata(label = "producer", description = "The media type (image/png, video/mp4, ...) of local media content:"
                                                + " makes a byte[] or InputStream body a picture for sendMessage, and"
                                                + " overrides the type detected from a file name (uploadMedia,"
                                                + " sendMessage). getMedia sets it to the type Bandwidth answered.",
              javaType = "String")
    public static final String MEDIA_CONTENT_TYPE = "CamelBandwidthMediaContentType";
    @Metadata(label = "producer", description = "uploadMedia: the name to store the media under (default: a UUID and"
                                                + " the file name); getMedia, deleteMedia: the media id or its full media"
                                                + " URL (as an inbound MMS carries it). Set by uploadMedia.",
              javaType = "String")
    public static final String MEDIA_ID = "CamelBandwidthMediaId";
    @Metadata(label = "producer", description = "The URL of the media uploadMedia stored,"
                                                + " {baseUri}/users/{accountId}/media/{mediaId}, to reference in a"
                                                + " message (set after uploadMedia).",
              javaType = "String")
    public static final String MEDIA_URL = "CamelBandwidthMediaUrl";
    @Metadata(label = "producer", description = "The URLs of the media sendMessage uploaded from local content for the"
                                                + " message (set after a send that uploaded any).",
              javaType = "java.util.List<String>")
    public static final String UPLOADED_MEDIA = "CamelBandwidthUploadedMedia";
    @Metadata(label = "producer", description = "The segments the message is estimated to cost, computed before sending"
                                                + " (GSM-7 160/153, UCS-2 70/67 characters per segment; an MMS is 1).",
              javaType = "Integer")
    public static final String SEGMENT_ESTIMATE = "CamelBandwidthSegmentEstimate";
    @Metadata(label = "producer", description = "listMessages: the page to read (the next-page token of the previous"
                                                + " page); set after listMessages to the next page's token, removed on"
                                                + " the last page.",
              javaType = "String")
    public static final String PAGE_TOKEN = "CamelBandwidthPageToken";
    @Metadata(label = "producer", description = "listMessages: how many messages match the search, all pages together"
                                                + " (set after listMessages).",
              javaType = "Long")
    public static final String TOTAL_COUNT = "CamelBandwidthTotalCount";
    @Metadata(label = "producer", description = "listMedia: the page to read (Continuation-Token); set after listMedia"
                                                + " to the next page's token, removed on the last page.",
              javaType = "String")
    public static final String CONTINUATION_TOKEN = "CamelBandwidthContinuationToken";
    @Metadata(label = "producer", description = "listMessages filter sourceTn: the sender, a full E.164 number, a"
                                                + " comma-separated String or List of up to 10, or one partial number of"
                                                + " at least 5 characters.",
              javaType = "Object")
    public static final String SOURCE_TN = "CamelBandwidthSourceTn";
    @Metadata(label = "producer", description = "listMessages filter destinationTn: the recipient, as"
                                                + " CamelBandwidthSourceTn.",
              javaType = "Object")
    public static final String DESTINATION_TN = "CamelBandwidthDestinationTn";
    @Metadata(label = "producer", description = "listMessages filter messageStatus: RECEIVED, QUEUED, SENDING, SENT,"
                                                + " FAILED, DELIVERED, ACCEPTED or UNDELIVERED.",
              javaType = "String")
    public static final String MESSAGE_STATUS = "CamelBandwidthMessageStatus";
    @Metadata(label = "producer", description = "listMessages filter messageDirection: INBOUND or OUTBOUND.",
              javaType = "String")
    public static final String MESSAGE_DIRECTION = "CamelBandwidthMessageDirection";
    @Metadata(label = "producer", description = "listMessages filter messageType: sms, mms or rcs.",
              javaType = "String")
    public static final String MESSAGE_TYPE = "CamelBandwidthMessageType";
    @Metadata(label = "producer", description = "listMessages filter fromDateTime: messages received at or after it (an"
                                                + " ISO 8601 String, OffsetDateTime, ZonedDateTime, Instant or Date).",
              javaType = "Object")
    public static final String FROM_DATE_TIME = "CamelBandwidthFromDateTime";
    @Metadata(label = "producer", description = "listMessages filter toDateTime: messages received at or before it, as"
                                                + " CamelBandwidthFromDateTime.",
              javaType = "Object")
    public static final String TO_DATE_TIME = "CamelBandwidthToDateTime";
    @Metadata(label = "producer", description = "listMessages: the most messages per page (Bandwidth's default is 100).",
              javaType = "Integer")
    public static final String LIMIT = "CamelBandwidthLimit";

    private BandwidthSmsConstants() {
    }
}
