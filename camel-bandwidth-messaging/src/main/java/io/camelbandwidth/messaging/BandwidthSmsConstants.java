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
    @Metadata(label = "producer", description = "Media that make the message an MMS, overriding the endpoint option"
                                                + " `media`: a URL, comma-separated URLs, or a List of URLs (the form"
                                                + " for a URL that contains a comma), or local media to upload (a File,"
                                                + " Path, byte[], InputStream or MediaContent, alone or in the List).",
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
                            + " event about the message (the same id), to correlate them. listMessages uses it as the"
                            + " messageId filter (remove it after a send to list other messages).",
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

    // --- operations, local media and segments (beyond sending) ---
    @Metadata(label = "producer", description = "The operation, overriding the endpoint option `operation`: sendMessage,"
                                                + " listMessages, uploadMedia, getMedia, listMedia, deleteMedia or"
                                                + " sendMultiChannelMessage (Beta).",
              javaType = "String",
              enums = "sendMessage,listMessages,uploadMedia,getMedia,listMedia,deleteMedia,sendMultiChannelMessage")
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

    // --- receiving callbacks (consumer) ---
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
