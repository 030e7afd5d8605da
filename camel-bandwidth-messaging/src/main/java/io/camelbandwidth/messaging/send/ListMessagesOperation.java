package io.camelbandwidth.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import io.camelbandwidth.messaging.client.BandwidthMessagingClient;
import io.camelbandwidth.messaging.model.MessageQuery;
import io.camelbandwidth.messaging.model.MessagesList;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code listMessages}: {@code GET /users/{accountId}/messages}. The query is the body (a {@link MessageQuery} or a
 * Map of spec parameter names) completed by the filter headers; every parameter is checked against the spec's name,
 * type and enum before the request, and Bandwidth's rule that a search needs at least one parameter. The answer is
 * the {@link MessagesList} body with {@code CamelBandwidthTotalCount} and {@code CamelBandwidthPageToken} (the next
 * page, removed on the last).
 */
final class ListMessagesOperation implements OperationHandler {

    /** The query parameters of the spec's {@code listMessages}, by type. */
    static final Set<String> STRINGS = Set.of("messageId", "sourceTn", "destinationTn", "carrierName", "campaignId",
            "location", "callingNumberCountryA3", "calledNumberCountryA3", "sort", "pageToken");
    static final Set<String> DATES = Set.of("fromDateTime", "toDateTime");
    static final Set<String> INTEGERS = Set.of("errorCode", "fromBwLatency", "fromCarrierLatency", "fromSegmentCount",
            "toSegmentCount", "fromMessageSize", "toMessageSize", "limit");
    static final Set<String> BOOLEANS = Set.of("bwQueued", "carrierQueued", "limitTotalCount");
    static final Map<String, List<String>> ENUMS = Map.of(
            "messageStatus", List.of("RECEIVED", "QUEUED", "SENDING", "SENT", "FAILED", "DELIVERED", "ACCEPTED",
                    "UNDELIVERED"),
            "messageDirection", List.of("INBOUND", "OUTBOUND"),
            "messageType", List.of("sms", "mms", "rcs"),
            "product", List.of("LOCAL_A2P", "P2P", "SHORT_CODE_REACH", "TOLL_FREE", "HOSTED_SHORT_CODE",
                    "ALPHA_NUMERIC", "RBM_MEDIA", "RBM_RICH", "RBM_CONVERSATIONAL"));
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

    ListMessagesOperation(BandwidthSmsConfiguration configuration, BandwidthMessagingClient client) {
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
        if (DATES.contains(name)) {
            return date(value, field);
        }
        if (INTEGERS.contains(name)) {
            long number;
            if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                number = ((Number) value).longValue();
            } else if (value instanceof CharSequence) {
                try {
                    number = Long.parseLong(value.toString().strip());
                } catch (NumberFormatException e) {
                    throw new BandwidthValidationException(field, "must be an integer");
                }
            } else {
                throw BandwidthValidationException.wrongType(field, value, "an integer");
            }
            if (name.equals("limit") && (number < 1 || number > MAX_LIMIT)) {
                throw new BandwidthValidationException(field, "must be between 1 and " + MAX_LIMIT);
            }
            return Long.toString(number);
        }
        if (BOOLEANS.contains(name)) {
            if (value instanceof Boolean) {
                return value.toString();
            }
            if (value instanceof CharSequence && (value.toString().equalsIgnoreCase("true")
                                                  || value.toString().equalsIgnoreCase("false"))) {
                return value.toString().toLowerCase(Locale.ROOT);
            }
            throw BandwidthValidationException.wrongType(field, value, "true or false");
        }
        if (ENUMS.containsKey(name)) {
            if (!(value instanceof CharSequence) && !(value instanceof Enum)) {
                throw BandwidthValidationException.wrongType(field, value, "a String");
            }
            String text = value instanceof Enum ? ((Enum<?>) value).name() : value.toString().strip();
            for (String allowed : ENUMS.get(name)) {
                if (allowed.equalsIgnoreCase(text)) {
                    return allowed;
                }
            }
            throw new BandwidthValidationException(field, "must be one of " + String.join(", ", ENUMS.get(name)));
        }
        if (!STRINGS.contains(name)) {
            throw new BandwidthValidationException(field, "is not a query parameter of Bandwidth's listMessages");
        }
        if (name.equals("sourceTn") || name.equals("destinationTn")) {
            return numbers(value, field);
        }
        if (!(value instanceof CharSequence) || value.toString().isBlank()) {
            throw BandwidthValidationException.wrongType(field, value, "a non-empty String");
        }
        String text = value.toString().strip();
        if (name.equals("sort") && !SORT.matcher(text).matches()) {
            throw new BandwidthValidationException(field, "must be a field and a direction, e.g. receiveTime:desc");
        }
        return text;
    }

    /** Full E.164 numbers (up to 10) or one partial number of at least 5 characters. */
    private static String numbers(Object value, String field) {
        List<String> numbers;
        if (value instanceof CharSequence) {
            numbers = List.of(value.toString().split(","));
        } else if (value instanceof Collection) {
            numbers = ((Collection<?>) value).stream().map(String::valueOf).toList();
        } else {
            throw BandwidthValidationException.wrongType(field, value, "a String or a List of Strings");
        }
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

    private static String date(Object value, String field) {
        Instant instant;
        if (value instanceof OffsetDateTime) {
            instant = ((OffsetDateTime) value).toInstant();
        } else if (value instanceof ZonedDateTime) {
            instant = ((ZonedDateTime) value).toInstant();
        } else if (value instanceof Instant) {
            instant = (Instant) value;
        } else if (value instanceof Date) {
            instant = ((Date) value).toInstant();
        } else if (value instanceof CharSequence) {
            try {
                instant = OffsetDateTime.parse(value.toString().strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new BandwidthValidationException(field, "must be an ISO 8601 date-time (2026-12-24T18:00:00Z)");
            }
        } else {
            throw BandwidthValidationException.wrongType(field, value, "an ISO 8601 String, OffsetDateTime, ZonedDateTime, Instant or Date");
        }
        return ISO_MILLIS.format(instant);
    }

}
