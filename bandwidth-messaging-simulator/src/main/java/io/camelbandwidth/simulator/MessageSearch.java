package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Computes the answer of {@code GET /users/{accountId}/messages}: validates the query parameters as the spec
 * declares them (names, types, enums; at least one parameter), filters the messages the simulator accepted (one
 * item per recipient, as Bandwidth lists them) and answers a {@code messagesList} page, without text.
 */
final class MessageSearch {

    private static final Set<String> STRINGS = Set.of("messageId", "sourceTn", "destinationTn", "carrierName", "fromDateTime",
            "toDateTime", "campaignId", "location", "callingNumberCountryA3", "calledNumberCountryA3", "sort",
            "pageToken");
    private static final Set<String> INTEGERS = Set.of("errorCode", "fromBwLatency", "fromCarrierLatency", "fromSegmentCount",
            "toSegmentCount", "fromMessageSize", "toMessageSize", "limit");
    private static final Set<String> BOOLEANS = Set.of("bwQueued", "carrierQueued", "limitTotalCount");
    private static final Map<String, Set<String>> ENUMS = Map.of(
            "messageStatus", Set.of("RECEIVED", "QUEUED", "SENDING", "SENT", "FAILED", "DELIVERED", "ACCEPTED",
                    "UNDELIVERED"),
            "messageDirection", Set.of("INBOUND", "OUTBOUND"),
            "messageType", Set.of("sms", "mms", "rcs"),
            "product", Set.of("LOCAL_A2P", "P2P", "SHORT_CODE_REACH", "TOLL_FREE", "HOSTED_SHORT_CODE", "ALPHA_NUMERIC",
                    "RBM_MEDIA", "RBM_RICH", "RBM_CONVERSATIONAL"));
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_WINDOW = 10_000;

    private static final Pattern FULL_NUMBER = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final Pattern PARTIAL_NUMBER = Pattern.compile("\\+?\\d{4,15}");
    private static final Pattern SORT = Pattern.compile("[A-Za-z]+(:(asc|desc))?");

    private final CredentialsChecker credentials;
    private final Supplier<List<AcceptedMessage>> accepted;
    private final BiFunction<AcceptedMessage, String, DeliveryOutcome> outcome;
    private final ApiUris uris;

    MessageSearch(CredentialsChecker credentials, Supplier<List<AcceptedMessage>> accepted,
                  BiFunction<AcceptedMessage, String, DeliveryOutcome> outcome, ApiUris uris) {
        this.credentials = credentials;
        this.accepted = accepted;
        this.outcome = outcome;
        this.uris = uris;
    }

    ApiResponse search(String accountId, String authorization, String rawQuery) {
        if (credentials.check(authorization) == null) {
            return ApiResponse.UNAUTHORIZED;
        }
        Map<String, String> query;
        try {
            query = parse(rawQuery);
            validate(query);
        } catch (IllegalArgumentException e) {
            return ApiResponse.json(400, Json.error("request-validation", e.getMessage()));
        }
        List<ObjectNode> matches = new ArrayList<>();
        for (AcceptedMessage message : accepted.get()) {
            if (!message.accountId().equals(accountId)) {
                continue;
            }
            for (String recipient : message.to()) {
                ObjectNode item = item(message, recipient);
                if (matches(item, query)) {
                    matches.add(item);
                }
            }
        }
        sort(matches, query.get("sort"));
        int limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : DEFAULT_LIMIT;
        int offset = query.containsKey("pageToken") ? decodeOffset(query.get("pageToken")) : 0;
        if (offset < 0) {
            return ApiResponse.json(400, Json.error("request-validation", "pageToken is not valid."));
        }
        ObjectNode body = Json.object();
        long total = matches.size();
        if (Boolean.parseBoolean(query.get("limitTotalCount"))) {
            total = Math.min(total, MAX_WINDOW);
        }
        body.put("totalCount", total);
        ObjectNode pageInfo = body.putObject("pageInfo");
        if (offset > 0) {
            String token = encodeOffset(Math.max(0, offset - limit));
            pageInfo.put("prevPage", link(accountId, query, token));
            pageInfo.put("prevPageToken", token);
        }
        if (offset + limit < matches.size()) {
            String token = encodeOffset(offset + limit);
            pageInfo.put("nextPage", link(accountId, query, token));
            pageInfo.put("nextPageToken", token);
        }
        ArrayNode messages = body.putArray("messages");
        for (int i = offset; i < Math.min(matches.size(), offset + limit); i++) {
            messages.add(matches.get(i));
        }
        return ApiResponse.json(200, Json.bytes(body));
    }

    private ObjectNode item(AcceptedMessage message, String recipient) {
        DeliveryOutcome result = outcome.apply(message, recipient);
        boolean delivered = result == null || result.isDelivered();
        ObjectNode item = Json.object();
        item.put("messageId", message.id());
        item.put("accountId", message.accountId());
        item.put("sourceTn", message.from());
        item.put("destinationTn", recipient);
        item.put("messageStatus", delivered ? "DELIVERED" : "FAILED");
        item.put("messageDirection", "OUTBOUND");
        item.put("messageType", message.isMms() ? "mms" : "sms");
        item.put("segmentCount", message.segmentCount());
        item.put("errorCode", delivered ? 0 : result.errorCode());
        item.put("receiveTime", Timestamps.format(message.time()));
        item.putNull("carrierName");
        String text = message.text();
        item.put("messageLength", text == null ? 0 : text.length());
        item.put("attachmentCount", message.media().size());
        item.put("recipientCount", message.to().size());
        return item;
    }

    private static Map<String, String> parse(String rawQuery) {
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

    private static boolean matches(ObjectNode item, Map<String, String> query) {
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            String value = parameter.getValue();
            boolean match;
            switch (parameter.getKey()) {
                case "messageId": case "messageStatus": case "messageDirection": case "messageType":
                    match = item.path(parameter.getKey()).asText().equals(value);
                    break;
                case "sourceTn": case "destinationTn":
                    match = numberMatches(item.path(parameter.getKey()).asText(), value);
                    break;
                case "errorCode":
                    match = item.path("errorCode").asInt() == Integer.parseInt(value);
                    break;
                case "fromDateTime":
                    match = !receiveTime(item).isBefore(OffsetDateTime.parse(value).toInstant());
                    break;
                case "toDateTime":
                    match = !receiveTime(item).isAfter(OffsetDateTime.parse(value).toInstant());
                    break;
                case "fromSegmentCount":
                    match = item.path("segmentCount").asInt() >= Integer.parseInt(value);
                    break;
                case "toSegmentCount":
                    match = item.path("segmentCount").asInt() <= Integer.parseInt(value);
                    break;
                case "sort": case "pageToken": case "limit": case "limitTotalCount":
                    match = true;
                    break;
                default:
                    // data the simulator does not have (carrier, campaign, latencies, ...): nothing matches
                    match = false;
            }
            if (!match) {
                return false;
            }
        }
        return true;
    }

    private static boolean numberMatches(String number, String filter) {
        String[] numbers = filter.split(",");
        if (numbers.length == 1) {
            // one number: a full number matches itself, a partial one (at least 5 characters) is a prefix
            return number.startsWith(filter) || number.startsWith("+" + filter);
        }
        return List.of(numbers).contains(number);
    }

    private static Instant receiveTime(JsonNode item) {
        return Instant.parse(item.path("receiveTime").asText());
    }

    private static void sort(List<ObjectNode> items, String sort) {
        if (sort == null) {
            return; // oldest first, as accepted
        }
        String[] fieldAndDirection = sort.split(":");
        Comparator<ObjectNode> order = Comparator.comparing(item -> item.path(fieldAndDirection[0]).asText());
        if (fieldAndDirection.length > 1 && fieldAndDirection[1].toLowerCase(Locale.ROOT).equals("desc")) {
            order = order.reversed();
        }
        items.sort(order);
    }

    private String link(String accountId, Map<String, String> query, String token) {
        StringBuilder link = new StringBuilder(uris.messages(accountId)).append('?');
        Map<String, String> copy = new LinkedHashMap<>(query);
        copy.put("pageToken", token);
        copy.forEach((name, value) -> link.append(link.charAt(link.length() - 1) == '?' ? "" : "&").append(name)
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return link.toString();
    }

    private static String encodeOffset(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeOffset(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return decoded.startsWith("offset:") ? Integer.parseInt(decoded.substring("offset:".length())) : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
