package io.camelbandwidth.messaging.send;

import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.BandwidthValidationException;
import io.camelbandwidth.messaging.model.MediaContent;
import io.camelbandwidth.messaging.model.MessagePriority;
import io.camelbandwidth.messaging.model.MessageRequest;
import io.camelbandwidth.messaging.support.BandwidthJson;
import io.camelbandwidth.messaging.support.Coercion;
import io.camelbandwidth.messaging.support.OverridableFields;
import io.camelbandwidth.messaging.support.PhoneNumbers;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * Builds the message to send from an exchange. The body is the text (anything Camel converts to a String: a String, a
 * file, bytes), a picture (local media content, see {@link LocalMedia}; the text then comes from the header
 * {@code CamelBandwidthText}), or a {@link MessageRequest} (or a Map of its fields) that is the whole request. Each
 * field is taken from the first of: the request body, the {@code CamelBandwidth*} header, the endpoint option. Local
 * media (the picture body, files or bytes in the {@code CamelBandwidthMedia} header) are given a media id and the URL
 * they will have once uploaded, so that the request is complete, and validated, before anything is sent. A body field
 * or header that sets a field {@code overridableFields} does not list is refused.
 */
final class MessageRequestResolver {

    /**
     * Local content to upload before the message is sent.
     *
     * @param mediaId the name to upload it under
     * @param url     the URL the message references
     * @param content the bytes and their type
     */
    record PendingUpload(String mediaId, String url, MediaContent content) {
    }

    /** A message and the local media to upload for it first. */
    record Resolved(MessageRequest request, List<PendingUpload> uploads) {
    }

    private final BandwidthSmsConfiguration configuration;
    private final Clock clock;
    private final Function<String, String> mediaUrl;
    private final OverridableFields overridable;
    /** The endpoint's recipients and sender, split and repaired once: most messages use them as they are. */
    private final List<String> endpointTo;
    private final String endpointFrom;

    /**
     * @param mediaUrl the media URL of a media id ({@code {baseUri}/users/{accountId}/media/{mediaId}})
     */
    MessageRequestResolver(BandwidthSmsConfiguration configuration, Clock clock, Function<String, String> mediaUrl) {
        this.configuration = configuration;
        this.clock = clock;
        this.mediaUrl = mediaUrl;
        this.overridable = OverridableFields.of(configuration.getOverridableFields());
        List<String> to = repairNumbers(Coercion.stringList(configuration.getTo(), "to"));
        this.endpointTo = to == null ? null : List.copyOf(to);
        this.endpointFrom = PhoneNumbers.repairDecodedPlus(configuration.getFrom());
    }

    Resolved resolve(Exchange exchange) {
        Message in = exchange.getMessage();
        overridable.checkHeaders(header -> in.getHeader(header) != null);
        List<PendingUpload> uploads = new ArrayList<>();
        MessageRequest request;
        List<String> bodyMedia = List.of();
        if (LocalMedia.isMediaBody(in)) {
            overridable.check("media", "media"); // a picture body is media the exchange adds
            request = new MessageRequest();
            String text = Coercion.string(in.getHeader(BandwidthSmsConstants.TEXT), BandwidthSmsConstants.TEXT);
            if (text != null && !text.isEmpty()) {
                request.setText(text);
            }
            bodyMedia = List.of(pending(LocalMedia.read(in.getBody(), in, true, "body",
                    configuration.getMaxMediaSize()), uploads));
        } else {
            request = fromBody(in);
            overridable.checkBody(request);
        }
        if (request.getApplicationId() == null) {
            request.setApplicationId(header(in, BandwidthSmsConstants.APPLICATION_ID, configuration.getApplicationId()));
        }
        if (request.getTo() != null) {
            request.setTo(repairNumbers(request.getTo()));
        } else {
            Object to = in.getHeader(BandwidthSmsConstants.TO);
            request.setTo(to == null ? endpointTo
                    : repairNumbers(Coercion.stringList(to, BandwidthSmsConstants.TO)));
        }
        if (request.getFrom() != null) {
            request.setFrom(PhoneNumbers.repairDecodedPlus(request.getFrom()));
        } else {
            Object from = in.getHeader(BandwidthSmsConstants.FROM);
            request.setFrom(from == null ? endpointFrom
                    : PhoneNumbers.repairDecodedPlus(Coercion.string(from, BandwidthSmsConstants.FROM)));
        }
        if (request.getMedia() == null) {
            List<String> media = mediaHeader(in, uploads);
            if (!bodyMedia.isEmpty()) {
                List<String> all = new ArrayList<>(bodyMedia);
                all.addAll(media == null ? List.of() : media);
                media = all;
            }
            request.setMedia(media);
        }
        if (request.getTag() == null) {
            request.setTag(header(in, BandwidthSmsConstants.TAG, configuration.getTag()));
        }
        if (request.getPriority() == null) {
            request.setPriority(priority(in));
        }
        if (request.getExpiration() == null) {
            request.setExpiration(expiration(in));
        }
        return new Resolved(request, uploads);
    }

    private String pending(MediaContent content, List<PendingUpload> uploads) {
        String mediaId = LocalMedia.newMediaId(content.getName());
        String url = mediaUrl.apply(mediaId);
        uploads.add(new PendingUpload(mediaId, url, content));
        return url;
    }

    /** The media header: URLs (a String, comma-separated, or a List) and local content (alone or in a List). */
    private List<String> mediaHeader(Message in, List<PendingUpload> uploads) {
        String header = BandwidthSmsConstants.MEDIA;
        Object value = in.getHeader(header);
        if (value == null || value instanceof CharSequence) {
            List<String> urls = Coercion.stringList(value == null ? configuration.getMedia() : value, header);
            return urls == null ? null : urls.stream().map(String::strip).toList(); // "a.png, b.png"
        }
        if (LocalMedia.isLocal(value)) {
            List<String> single = new ArrayList<>();
            single.add(pending(LocalMedia.read(value, in, false, header, configuration.getMaxMediaSize()), uploads));
            return single;
        }
        Collection<?> items = Coercion.items(value);
        if (items == null) {
            throw Coercion.wrongType(header, value, "a String, a comma-separated String, a List of URLs or local media");
        }
        List<String> result = new ArrayList<>(items.size());
        int position = 0;
        for (Object item : items) {
            position++;
            if (item instanceof CharSequence) {
                result.add(item.toString().strip());
            } else if (item != null && LocalMedia.isLocal(item)) {
                result.add(pending(LocalMedia.read(item, in, false, header, configuration.getMaxMediaSize()), uploads));
            } else if (item == null) {
                throw new BandwidthValidationException(header, "item #" + position + " is null");
            } else {
                throw Coercion.wrongType(header, item, "a List of URLs or local media");
            }
        }
        return result;
    }

    private static MessageRequest fromBody(Message in) {
        Object body = in.getBody();
        if (body instanceof MessageRequest) {
            return ((MessageRequest) body).copy(); // never change the caller's object
        }
        if (body instanceof Map) {
            try {
                return BandwidthJson.mapper().convertValue(body, MessageRequest.class);
            } catch (IllegalArgumentException e) {
                throw new BandwidthValidationException(fieldOf(e), "has a value of the wrong type or format in the"
                                                                   + " message request Map");
            }
        }
        if (LocalMedia.isBinaryByTransport(in)) {
            throw new BandwidthValidationException("body", "is binary content whose Content-Type header calls it a"
                                                           + " picture: a picture is sent only when the route says so"
                                                           + " (the header " + BandwidthSmsConstants.MEDIA_CONTENT_TYPE
                                                           + " or a MediaContent body), and it is no text");
        }
        if (body != null && !isText(body)) {
            // Camel would turn any object into its toString(): never send that as an SMS
            throw new BandwidthValidationException("body", "must be text (a String, bytes, a file or a stream), a"
                                                           + " MessageRequest or a Map of its fields, not "
                                                           + body.getClass().getName());
        }
        MessageRequest request = new MessageRequest();
        String text = body == null ? null : in.getBody(String.class);
        if (text != null && !text.isEmpty()) {
            request.setText(text);
        }
        return request;
    }

    private static boolean isText(Object body) {
        return body instanceof CharSequence || body instanceof byte[] || body instanceof File || body instanceof Path
               || body instanceof InputStream || body instanceof Reader || body instanceof ByteBuffer
               || body instanceof WrappedFile || body instanceof StreamCache;
    }

    /** The request field a Jackson conversion failed on, or "body". */
    private static String fieldOf(IllegalArgumentException conversionFailure) {
        if (conversionFailure.getCause() instanceof JsonMappingException) {
            List<JsonMappingException.Reference> path = ((JsonMappingException) conversionFailure.getCause()).getPath();
            if (!path.isEmpty() && path.get(0).getFieldName() != null) {
                return path.get(0).getFieldName();
            }
        }
        return "body";
    }

    /** A String header, or the endpoint option when the header is absent. */
    private static String header(Message in, String header, String option) {
        Object value = in.getHeader(header);
        return value == null ? option : Coercion.string(value, header);
    }

    private static List<String> repairNumbers(List<String> numbers) {
        if (numbers == null) {
            return null;
        }
        List<String> repaired = new ArrayList<>(numbers.size());
        for (String number : numbers) {
            repaired.add(PhoneNumbers.repairDecodedPlus(number));
        }
        return repaired;
    }

    private MessagePriority priority(Message in) {
        Object value = in.getHeader(BandwidthSmsConstants.PRIORITY);
        if (value == null || value instanceof MessagePriority) {
            return value == null ? configuration.getPriority() : (MessagePriority) value;
        }
        String text = Coercion.string(value, BandwidthSmsConstants.PRIORITY);
        try {
            return MessagePriority.of(text);
        } catch (IllegalArgumentException e) {
            throw new BandwidthValidationException(BandwidthSmsConstants.PRIORITY, "must be default or high");
        }
    }

    private OffsetDateTime expiration(Message in) {
        Object value = in.getHeader(BandwidthSmsConstants.EXPIRATION);
        return value != null
                ? Coercion.dateTime(value, BandwidthSmsConstants.EXPIRATION, clock)
                : Coercion.dateTime(configuration.getExpiration(), "expiration", clock);
    }
}
