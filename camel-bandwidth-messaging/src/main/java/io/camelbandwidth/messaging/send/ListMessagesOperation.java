package io.camelbandwidth.messaging.send;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.BandwidthValidationException;
import io.camelbandwidth.messaging.client.BandwidthMessagingClient;
import io.camelbandwidth.messaging.model.MessageQuery;
import io.camelbandwidth.messaging.model.MessageQuery.Parameter;
import io.camelbandwidth.messaging.model.MessagesList;
import io.camelbandwidth.messaging.support.Coercion;
import io.camelbandwidth.messaging.support.PhoneNumbers;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code listMessages}: {@code GET /users/{accountId}/messages}. The query is the body (a {@link MessageQuery} or a
 * Map of spec parameter names) completed by the filter headers; every parameter is checked against the spec's name,
 * type and enum before the request, and Bandwidth's rule that a search needs at least one parameter. The answer is
 * the {@link MessagesList} body with {@code CamelBandwidthTotalCount} and {@code CamelBandwidthPageToken} (the next
 * page, removed on the last).
 */
public final class ListMessagesOperation implements OperationHandler {

    /** Spec {@code limit}: "The sum of limit and after cannot be more than 10000". */
    static final int MAX_LIMIT = 10_000;
    /** Spec {@code sourceTn}/{@code destinationTn}: "a comma separated list of full phone numbers (maximum of 10)". */
    static final int MAX_NUMBERS = 10;
    /** Spec: "a single partial phone number (minimum of 5 characters e.g. '%2B1919')". */
    static final int MIN_PARTIAL = 5;

    private static final Pattern PARTIAL_NUMBER = Pattern.compile("\\+?\\d+");
    private static final Pattern SORT = Pattern.compile("[A-Za-z]+(:(asc|desc))?");
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> HEADERS = headers();

    private final BandwidthSmsConfiguration configuration;
    private final BandwidthMessagingClient client;

    public ListMessagesOperation(BandwidthSmsConfiguration configuration, BandwidthMessagingClient client) {
        this.configuration = configuration;
        this.client = client;
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(BandwidthSmsConstants.MESSAGE_ID, "messageId");
        headers.put(BandwidthSmsConstants.SOURCE_TN, "sourceTn");
        headers.put(BandwidthSmsConstants.DESTINATION_TN, "destinationTn");
        headers.put(BandwidthSmsConstants.MESSAGE_STATUS, "messageStatus");
        headers.put(BandwidthSmsConstants.MESSAGE_DIRECTION, "messageDirection");
        headers.put(BandwidthSmsConstants.MESSAGE_TYPE, "messageType");
        headers.put(BandwidthSmsConstants.FROM_DATE_TIME, "fromDateTime");
        headers.put(BandwidthSmsConstants.TO_DATE_TIME, "toDateTime");
        headers.put(BandwidthSmsConstants.LIMIT, "limit");
        headers.put(BandwidthSmsConstants.PAGE_TOKEN, "pageToken");
        return headers;
    }

    @Override
    public CompletableFuture<Void> start(Exchange exchange) {
        Map<String, String> query = query(exchange.getMessage());
        return client.listMessages(configuration.getAccountId(), query).thenAccept(list -> {
            Message out = exchange.getMessage();
            out.setBody(list);
            out.setHeader(BandwidthSmsConstants.TOTAL_COUNT, list.getTotalCount());
            String next = list.getPageInfo() == null ? null : list.getPageInfo().getNextPageToken();
            if (next == null || next.isBlank()) {
                out.removeHeader(BandwidthSmsConstants.PAGE_TOKEN);
            } else {
                out.setHeader(BandwidthSmsConstants.PAGE_TOKEN, next);
            }
        });
    }

    /**
     * The query parameters, by spec name, as they are to be sent.
     *
     * @throws BandwidthValidationException naming the parameter (or header) at fault
     */
    static Map<String, String> query(Message in) {
        Map<String, Object> raw = new LinkedHashMap<>();
        Object body = in.getBody();
        if (body instanceof MessageQuery) {
            raw.putAll(((MessageQuery) body).toMap());
        } else if (body instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) body).entrySet()) {
                if (!(entry.getKey() instanceof String)) {
                    throw new BandwidthValidationException("body", "a query Map needs String keys (spec parameter names)");
                }
                if (entry.getValue() != null) {
                    raw.put((String) entry.getKey(), entry.getValue());
                }
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        raw.keySet().forEach(name -> fields.put(name, name));
        for (Map.Entry<String, String> header : HEADERS.entrySet()) {
            Object value = in.getHeader(header.getKey());
            if (value != null && !raw.containsKey(header.getValue())) {
                raw.put(header.getValue(), value);
                fields.put(header.getValue(), header.getKey());
            }
        }
        if (raw.isEmpty()) {
            throw new BandwidthValidationException("query", "Bandwidth needs at least one filter: a MessageQuery or Map"
                                                            + " body, or a header such as "
                                                            + BandwidthSmsConstants.MESSAGE_STATUS);
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Map.Entry<String, Object> parameter : raw.entrySet()) {
            String name = parameter.getKey();
            query.put(name, value(name, parameter.getValue(), fields.get(name)));
        }
        if (query.containsKey("fromDateTime") && query.containsKey("toDateTime")
            && OffsetDateTime.parse(query.get("fromDateTime")).isAfter(OffsetDateTime.parse(query.get("toDateTime")))) {
            throw new BandwidthValidationException(fields.get("fromDateTime"), "is after toDateTime");
        }
        return query;
    }

    private static String value(String name, Object value, String field) {
        Parameter parameter = MessageQuery.PARAMETERS.get(name);
        if (parameter == null) {
            throw new BandwidthValidationException(field, "is not a query parameter of Bandwidth's listMessages");
        }
        switch (parameter.kind()) {
            case DATE_TIME:
                return ISO_MILLIS.format(Coercion.dateTime(value, field, null));
            case INTEGER:
                long number = Coercion.integer(value, field);
                if (name.equals("limit") && (number < 1 || number > MAX_LIMIT)) {
                    throw new BandwidthValidationException(field, "must be between 1 and " + MAX_LIMIT);
                }
                return Long.toString(number);
            case BOOLEAN:
                return Boolean.toString(Coercion.bool(value, field));
            case CHOICE:
                return choice(parameter, value instanceof Enum<?> constant ? constant.name() : value, field);
            case PHONE_NUMBERS:
                return numbers(value, field);
            default:
                String text = Coercion.string(value, field);
                if (text.isBlank()) {
                    throw new BandwidthValidationException(field, "must be a non-empty String");
                }
                text = text.strip();
                if (name.equals("sort") && !SORT.matcher(text).matches()) {
                    throw new BandwidthValidationException(field, "must be a field and a direction, e.g. receiveTime:desc");
                }
                return text;
        }
    }

    private static String choice(Parameter parameter, Object value, String field) {
        String text = Coercion.string(value, field).strip();
        for (String allowed : parameter.choices()) {
            if (allowed.equalsIgnoreCase(text)) {
                return allowed;
            }
        }
        throw new BandwidthValidationException(field, "must be one of " + String.join(", ", parameter.choices()));
    }

    /** Full E.164 numbers (up to 10) or one partial number of at least 5 characters. */
    private static String numbers(Object value, String field) {
        List<String> numbers = Coercion.stringList(value, field);
        if (numbers.isEmpty() || numbers.size() > MAX_NUMBERS) {
            throw new BandwidthValidationException(field, "takes 1 to " + MAX_NUMBERS + " numbers");
        }
        StringBuilder joined = new StringBuilder();
        for (String raw : numbers) {
            String number = PhoneNumbers.repairDecodedPlus(raw);
            boolean partial = numbers.size() == 1 && number.length() >= MIN_PARTIAL
                              && PARTIAL_NUMBER.matcher(number).matches();
            if (!PhoneNumbers.isE164(number) && !partial) {
                throw new BandwidthValidationException(field, "must be full E.164 numbers (+15551234567), at most "
                                                              + MAX_NUMBERS + ", or one partial number of at least "
                                                              + MIN_PARTIAL + " characters");
            }
            joined.append(joined.length() == 0 ? "" : ",").append(number);
        }
        return joined.toString();
    }

}
