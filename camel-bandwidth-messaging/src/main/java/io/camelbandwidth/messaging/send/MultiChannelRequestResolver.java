package io.camelbandwidth.messaging.send;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.BandwidthValidationException;
import io.camelbandwidth.messaging.model.MessagePriority;
import io.camelbandwidth.messaging.model.multichannel.ChannelListItem;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageRequest;
import io.camelbandwidth.messaging.model.multichannel.RbmContent;
import io.camelbandwidth.messaging.support.BandwidthJson;
import io.camelbandwidth.messaging.support.Coercion;
import io.camelbandwidth.messaging.support.PhoneNumbers;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;

/**
 * Builds the multi-channel message to send from an exchange. The body is the request: a
 * {@link MultiChannelMessageRequest} (copied, never changed), a Map of its fields, or its JSON text. Fields it leaves
 * out take the {@code CamelBandwidth*} header, then the endpoint option, of the same name: {@code to} (exactly one
 * recipient), {@code tag}, {@code priority}, {@code expiration}, and each channel's {@code from} and
 * {@code applicationId}. A body that cannot be read as a request fails naming the field, e.g.
 * {@code channelList[0].content}.
 */
final class MultiChannelRequestResolver {

    private final BandwidthSmsConfiguration configuration;
    private final Clock clock;

    MultiChannelRequestResolver(BandwidthSmsConfiguration configuration, Clock clock) {
        this.configuration = configuration;
        this.clock = clock;
    }

    MultiChannelMessageRequest resolve(Message in) {
        MultiChannelMessageRequest request = fromBody(in);
        if (request.getTo() == null) {
            request.setTo(recipient(in));
        }
        request.setTo(PhoneNumbers.repairDecodedPlus(request.getTo()));
        if (request.getChannelList() != null) {
            String from = header(in, BandwidthSmsConstants.FROM, configuration.getFrom());
            String applicationId = header(in, BandwidthSmsConstants.APPLICATION_ID, configuration.getApplicationId());
            for (ChannelListItem item : request.getChannelList()) {
                if (item != null) {
                    item.setFrom(PhoneNumbers.repairDecodedPlus(item.getFrom() == null ? from : item.getFrom()));
                    if (item.getApplicationId() == null) {
                        item.setApplicationId(applicationId);
                    }
                }
            }
        }
        if (request.getTag() == null) {
            request.setTag(header(in, BandwidthSmsConstants.TAG, configuration.getTag()));
        }
        if (request.getPriority() == null) {
            request.setPriority(priority(in));
        }
        if (request.getExpiration() == null) {
            Object value = in.getHeader(BandwidthSmsConstants.EXPIRATION);
            request.setExpiration(value != null
                    ? Coercion.dateTime(value, BandwidthSmsConstants.EXPIRATION, clock)
                    : Coercion.dateTime(configuration.getExpiration(), "expiration", clock));
        }
        return request;
    }

    private static MultiChannelMessageRequest fromBody(Message in) {
        Object body = in.getBody();
        if (body == null) {
            return new MultiChannelMessageRequest();
        }
        if (body instanceof MultiChannelMessageRequest request) {
            return request.copy();
        }
        try {
            if (body instanceof Map) {
                return BandwidthJson.mapper().convertValue(body, MultiChannelMessageRequest.class);
            }
            if (body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
                || body instanceof Reader || body instanceof StreamCache) {
                MultiChannelMessageRequest request = BandwidthJson.mapper().readValue(in.getBody(String.class),
                        MultiChannelMessageRequest.class);
                return request == null ? new MultiChannelMessageRequest() : request;
            }
        } catch (IllegalArgumentException e) {
            throw e.getCause() instanceof JsonMappingException mapping ? unreadable(mapping) : unreadable(null);
        } catch (JsonMappingException e) {
            throw unreadable(e);
        } catch (JsonProcessingException e) {
            throw new BandwidthValidationException("body", "is not JSON (" + e.getClass().getSimpleName() + ")");
        } catch (IOException e) {
            throw new BandwidthValidationException("body", "could not be read (" + e.getClass().getSimpleName() + ")");
        }
        throw new BandwidthValidationException("body", "must be a MultiChannelMessageRequest, a Map of its fields or"
                                                       + " its JSON, not " + body.getClass().getName());
    }

    /** The field a body failed on, and why, without quoting the value (it may be a phone number or text). */
    private static BandwidthValidationException unreadable(JsonMappingException e) {
        if (e == null) {
            return new BandwidthValidationException("body", "is not a multi-channel message request");
        }
        String field = path(e.getPath());
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (e instanceof InvalidTypeIdException typeId && typeId.getBaseType() != null
            && ChannelListItem.class.isAssignableFrom(typeId.getBaseType().getRawClass())) {
            return new BandwidthValidationException(field + ".channel", "must be RBM, SMS or MMS");
        }
        if (target == RbmContent.class) {
            return new BandwidthValidationException(field, e.getOriginalMessage()); // the model's own rule, no value
        }
        if (target == MessagePriority.class || field.equals("priority")) {
            return new BandwidthValidationException(field, "must be default or high");
        }
        if (target != null && target.isEnum()) {
            return new BandwidthValidationException(field, "must be one of " + String.join(", ",
                    Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList()));
        }
        return field.equals("body")
                ? new BandwidthValidationException(field, "is not a multi-channel message request")
                : new BandwidthValidationException(field, "has a value of the wrong type or format");
    }

    /** {@code channelList[0].content.suggestions[1].type}, as Bandwidth names fields in its errors. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /** The header or option {@code to}: one recipient. */
    private String recipient(Message in) {
        Object header = in.getHeader(BandwidthSmsConstants.TO);
        String field = header != null ? BandwidthSmsConstants.TO : "to";
        List<String> to = Coercion.stringList(header != null ? header : configuration.getTo(), field);
        if (to == null || to.isEmpty()) {
            return null;
        }
        if (to.size() > 1) {
            throw new BandwidthValidationException(field, "a multi-channel message has exactly one recipient, not "
                                                          + to.size());
        }
        return to.get(0);
    }

    /** A String header, or the endpoint option when the header is absent. */
    private static String header(Message in, String header, String option) {
        Object value = in.getHeader(header);
        return value == null ? option : Coercion.string(value, header);
    }

    private MessagePriority priority(Message in) {
        Object value = in.getHeader(BandwidthSmsConstants.PRIORITY);
        if (value == null || value instanceof MessagePriority) {
            return value == null ? configuration.getPriority() : (MessagePriority) value;
        }
        try {
            return MessagePriority.of(Coercion.string(value, BandwidthSmsConstants.PRIORITY));
        } catch (IllegalArgumentException e) {
            throw new BandwidthValidationException(BandwidthSmsConstants.PRIORITY, "must be default or high");
        }
    }
}
