package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Computes the answer of {@code GET /users/{accountId}/messages}: checks the query ({@link ListMessagesQuery}),
 * filters the messages the simulator accepted (one item per recipient, as Bandwidth lists them) and answers a
 * {@code messagesList} page, without text.
 */
final class MessageSearch {

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
            query = ListMessagesQuery.parse(rawQuery);
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
        int limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : ListMessagesQuery.DEFAULT_LIMIT;
        int offset = query.containsKey("pageToken") ? decodeOffset(query.get("pageToken")) : 0;
        if (offset < 0) {
            return ApiResponse.json(400, Json.error("request-validation", "pageToken is not valid."));
        }
        ObjectNode body = Json.object();
        long total = matches.size();
        if (Boolean.parseBoolean(query.get("limitTotalCount"))) {
            total = Math.min(total, ListMessagesQuery.MAX_WINDOW);
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
