package io.camelbandwidth.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the query of {@code GET /users/{accountId}/messages} and checks it as the spec declares its parameters:
 * known names, each given once, integer, boolean and enum types, at least one parameter, phone numbers, date-times,
 * the {@code limit} range and the {@code sort} shape.
 */
final class ListMessagesQuery {

    private static final Set<String> STRINGS = Set.of("messageId", "sourceTn", "destinationTn", "carrierName",
            "fromDateTime", "toDateTime", "campaignId", "location", "callingNumberCountryA3", "calledNumberCountryA3",
            "sort", "pageToken");
    private static final Set<String> INTEGERS = Set.of("errorCode", "fromBwLatency", "fromCarrierLatency",
            "fromSegmentCount", "toSegmentCount", "fromMessageSize", "toMessageSize", "limit");
    private static final Set<String> BOOLEANS = Set.of("bwQueued", "carrierQueued", "limitTotalCount");
    private static final Map<String, Set<String>> ENUMS = Map.of(
            "messageStatus", Set.of("RECEIVED", "QUEUED", "SENDING", "SENT", "FAILED", "DELIVERED", "ACCEPTED",
                    "UNDELIVERED"),
            "messageDirection", Set.of("INBOUND", "OUTBOUND"),
            "messageType", Set.of("sms", "mms", "rcs"),
            "product", Set.of("LOCAL_A2P", "P2P", "SHORT_CODE_REACH", "TOLL_FREE", "HOSTED_SHORT_CODE", "ALPHA_NUMERIC",
                    "RBM_MEDIA", "RBM_RICH", "RBM_CONVERSATIONAL"));
    /** The page size without {@code limit}. */
    static final int DEFAULT_LIMIT = 100;
    /** The largest {@code limit}, and the {@code totalCount} cap of {@code limitTotalCount=true}. */
    static final int MAX_WINDOW = 10_000;

    private static final Pattern FULL_NUMBER = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final Pattern PARTIAL_NUMBER = Pattern.compile("\\+?\\d{4,15}");
    private static final Pattern SORT = Pattern.compile("[A-Za-z]+(:(asc|desc))?");

    private ListMessagesQuery() {
    }

    /**
     * @param rawQuery the query as sent (still URL-encoded), or null
     * @return the decoded parameters by name, in query order
     * @throws IllegalArgumentException if the query breaks a rule; the message is the {@code request-validation}
     *                                  description to answer with
     */
    static Map<String, String> parse(String rawQuery) {
        Map<String, String> query = decode(rawQuery);
        validate(query);
        return query;
    }

    private static Map<String, String> decode(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (query.put(name, value) != null) {
                throw new IllegalArgumentException("Query parameter '" + name + "' is given more than once.");
            }
        }
        return query;
    }

    private static void validate(Map<String, String> query) {
        if (query.isEmpty()) {
            throw new IllegalArgumentException("You must include at least one query parameter.");
        }
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            String name = parameter.getKey();
            String value = parameter.getValue();
            if (INTEGERS.contains(name)) {
                try {
                    Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + name + "' must be an integer.");
                }
            } else if (BOOLEANS.contains(name)) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("'" + name + "' must be true or false.");
                }
            } else if (ENUMS.containsKey(name)) {
                if (!ENUMS.get(name).contains(value)) {
                    throw new IllegalArgumentException("'" + name + "' must be one of " + ENUMS.get(name) + ".");
                }
            } else if (!STRINGS.contains(name)) {
                throw new IllegalArgumentException("Unknown query parameter '" + name + "'.");
            }
        }
        checkNumbers(query, "sourceTn");
        checkNumbers(query, "destinationTn");
        checkDate(query, "fromDateTime");
        checkDate(query, "toDateTime");
        if (query.containsKey("limit")) {
            int limit = Integer.parseInt(query.get("limit"));
            if (limit < 1 || limit > MAX_WINDOW) {
                throw new IllegalArgumentException("'limit' must be between 1 and " + MAX_WINDOW + ".");
            }
        }
        if (query.containsKey("sort") && !SORT.matcher(query.get("sort")).matches()) {
            throw new IllegalArgumentException("'sort' must be a field and a direction, e.g. receiveTime:desc.");
        }
    }

    private static void checkNumbers(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null) {
            return;
        }
        String[] numbers = value.split(",", -1);
        if (numbers.length > 10) {
            throw new IllegalArgumentException("'" + name + "' accepts at most 10 numbers.");
        }
        for (String number : numbers) {
            boolean full = FULL_NUMBER.matcher(number).matches();
            boolean partial = numbers.length == 1 && number.length() >= 5 && PARTIAL_NUMBER.matcher(number).matches();
            if (!full && !partial) {
                throw new IllegalArgumentException("'" + name + "' must be a full E.164 number, a comma-separated list"
                        + " of them or one partial number of at least 5 characters (an unencoded '+' arrives as a"
                        + " space).");
            }
        }
    }

    private static void checkDate(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value != null) {
            try {
                OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + name + "' must be an ISO 8601 date-time.");
            }
        }
    }
}
