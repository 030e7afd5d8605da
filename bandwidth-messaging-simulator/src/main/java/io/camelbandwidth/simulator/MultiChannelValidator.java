package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a {@code multiChannelMessageRequest} body as Bandwidth's OpenAPI spec describes it, collecting every
 * problem with the field named as Bandwidth names it ({@code channelList[0].content.text}). Each channel list entry
 * is checked as the schema its {@code channel} selects; RBM content must match exactly one of the spec's
 * {@code oneOf} alternatives. Unknown properties are ignored; a property whose value is JSON {@code null} counts as
 * absent.
 */
final class MultiChannelValidator {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final Set<String> CHANNELS = Set.of("RBM", "SMS", "MMS");
    private static final Set<String> PRIORITIES = Set.of("default", "high");
    private static final Set<String> ORIENTATIONS = Set.of("HORIZONTAL", "VERTICAL");
    private static final Set<String> ALIGNMENTS = Set.of("LEFT", "RIGHT");
    private static final Set<String> CARD_WIDTHS = Set.of("SMALL", "MEDIUM");
    private static final Set<String> HEIGHTS = Set.of("SHORT", "MEDIUM", "TALL");
    private static final Set<String> APPLICATIONS = Set.of("BROWSER", "WEBVIEW");
    private static final Set<String> VIEW_MODES = Set.of("FULL", "HALF", "TALL");
    private static final Set<String> ACTION_TYPES = Set.of("REPLY", "DIAL_PHONE", "SHOW_LOCATION",
            "CREATE_CALENDAR_EVENT", "OPEN_URL", "REQUEST_LOCATION");
    /** The required properties of each RBM content alternative (the spec's {@code oneOf}). */
    private static final Map<String, List<String>> RBM_ALTERNATIVES = Map.of(
            "RBM Text", List.of("text"),
            "RBM Media", List.of("media"),
            "Standalone Card", List.of("orientation", "cardContent"),
            "Carousel", List.of("cardContents", "cardWidth"));

    private final Clock clock;

    MultiChannelValidator(Clock clock) {
        this.clock = clock;
    }

    /** @return the field errors of {@code request}, empty if it is valid */
    List<FieldError> validate(JsonNode request) {
        List<FieldError> errors = new ArrayList<>(2);
        JsonNode to = request.get("to");
        if (absent(to)) {
            errors.add(new FieldError("to", "The 'to' field is required"));
        } else if (!to.isTextual() || !E164.matcher(to.asText()).matches()) {
            errors.add(new FieldError("to", "The 'to' field must be a telephone number in E164 format"));
        }
        JsonNode channels = request.get("channelList");
        if (absent(channels)) {
            errors.add(new FieldError("channelList", "The 'channelList' field is required"));
        } else if (!channels.isArray() || channels.isEmpty()) {
            errors.add(new FieldError("channelList",
                    "The 'channelList' field must be an array of at least one channel"));
        } else {
            if (channels.size() > 4) {
                errors.add(new FieldError("channelList", "The 'channelList' field must have at most 4 items"));
            }
            for (int i = 0; i < channels.size(); i++) {
                channel(channels.get(i), "channelList[" + i + "]", errors);
            }
        }
        text(request.get("tag"), "tag", 1024, false, errors);
        choice(request.get("priority"), "priority", PRIORITIES, false, errors);
        JsonNode expiration = request.get("expiration");
        OffsetDateTime expires = dateTime(expiration, "expiration", false, errors);
        if (expires != null && !expires.toInstant().isAfter(clock.instant())) {
            errors.add(new FieldError("expiration", "The 'expiration' field must be a date-time in the future"));
        }
        return errors;
    }

    private static void channel(JsonNode item, String field, List<FieldError> errors) {
        if (!item.isObject()) {
            errors.add(new FieldError(field, "The '" + field + "' field must be an object"));
            return;
        }
        text(item.get("from"), field + ".from", Integer.MAX_VALUE, true, errors);
        text(item.get("applicationId"), field + ".applicationId", Integer.MAX_VALUE, true, errors);
        String channel = choice(item.get("channel"), field + ".channel", CHANNELS, true, errors);
        JsonNode content = item.get("content");
        String contentField = field + ".content";
        if (absent(content)) {
            errors.add(new FieldError(contentField, "The '" + contentField + "' field is required"));
            return;
        }
        if (!content.isObject()) {
            errors.add(new FieldError(contentField, "The '" + contentField + "' field must be an object"));
            return;
        }
        if ("SMS".equals(channel)) {
            text(content.get("text"), contentField + ".text", 2048, true, errors);
        } else if ("MMS".equals(channel)) {
            text(content.get("text"), contentField + ".text", 2048, false, errors);
            JsonNode media = content.get("media");
            if (!absent(media)) {
                if (!media.isArray()) {
                    errors.add(new FieldError(contentField + ".media", "The '" + contentField + ".media' field must be"
                            + " an array"));
                } else {
                    for (int i = 0; i < media.size(); i++) {
                        file(media.get(i), contentField + ".media[" + i + "]", errors);
                    }
                }
            }
        } else if ("RBM".equals(channel)) {
            rbm(content, contentField, errors);
        }
    }

    private static void rbm(JsonNode content, String field, List<FieldError> errors) {
        List<String> matching = new ArrayList<>();
        RBM_ALTERNATIVES.forEach((name, required) -> {
            if (required.stream().allMatch(property -> !absent(content.get(property)))) {
                matching.add(name);
            }
        });
        if (matching.size() != 1) {
            errors.add(new FieldError(field, "The '" + field + "' field must be exactly one of RBM Text (text), RBM"
                    + " Media (media), Standalone Card (orientation, cardContent) or Carousel (cardWidth,"
                    + " cardContents)"));
            return;
        }
        switch (matching.get(0)) {
            case "RBM Text" -> text(content.get("text"), field + ".text", 3270, true, errors);
            case "RBM Media" -> {
                JsonNode media = content.get("media");
                if (!media.isArray() || media.isEmpty()) {
                    errors.add(new FieldError(field + ".media", "The '" + field + ".media' field must be an array of"
                            + " at least one file"));
                } else {
                    for (int i = 0; i < media.size(); i++) {
                        file(media.get(i), field + ".media[" + i + "]", errors);
                    }
                }
            }
            case "Standalone Card" -> {
                String orientation = choice(content.get("orientation"), field + ".orientation", ORIENTATIONS, true,
                        errors);
                boolean horizontal = "HORIZONTAL".equals(orientation);
                choice(content.get("thumbnailImageAlignment"), field + ".thumbnailImageAlignment", ALIGNMENTS,
                        horizontal, errors);
                card(content.get("cardContent"), field + ".cardContent", errors);
            }
            default -> {
                choice(content.get("cardWidth"), field + ".cardWidth", CARD_WIDTHS, true, errors);
                JsonNode cards = content.get("cardContents");
                if (!cards.isArray() || cards.size() < 2 || cards.size() > 10) {
                    errors.add(new FieldError(field + ".cardContents", "The '" + field + ".cardContents' field must be"
                            + " an array of 2 to 10 cards"));
                } else {
                    for (int i = 0; i < cards.size(); i++) {
                        card(cards.get(i), field + ".cardContents[" + i + "]", errors);
                    }
                }
            }
        }
        actions(content.get("suggestions"), field + ".suggestions", 11, errors);
    }

    private static void card(JsonNode card, String field, List<FieldError> errors) {
        if (!card.isObject()) {
            errors.add(new FieldError(field, "The '" + field + "' field must be an object"));
            return;
        }
        if (absent(card.get("title")) && absent(card.get("description")) && absent(card.get("media"))) {
            errors.add(new FieldError(field, "The '" + field + "' field must contain at least one of title,"
                    + " description, or media"));
        }
        text(card.get("title"), field + ".title", 200, false, errors);
        text(card.get("description"), field + ".description", 2000, false, errors);
        JsonNode media = card.get("media");
        if (!absent(media)) {
            file(media, field + ".media", errors);
            choice(media.get("height"), field + ".media.height", HEIGHTS, true, errors);
        }
        actions(card.get("suggestions"), field + ".suggestions", 4, errors);
    }

    /** An RBM or MMS file: {@code fileUrl} required, {@code thumbnailUrl} optional, each a URI of at most 1000. */
    private static void file(JsonNode file, String field, List<FieldError> errors) {
        if (!file.isObject()) {
            errors.add(new FieldError(field, "The '" + field + "' field must be an object"));
            return;
        }
        url(file.get("fileUrl"), field + ".fileUrl", 1000, true, errors);
        url(file.get("thumbnailUrl"), field + ".thumbnailUrl", 1000, false, errors);
    }

    private static void actions(JsonNode suggestions, String field, int max, List<FieldError> errors) {
        if (absent(suggestions)) {
            return;
        }
        if (!suggestions.isArray() || suggestions.size() > max) {
            errors.add(new FieldError(field, "The '" + field + "' field must be an array of at most " + max
                    + " actions"));
            return;
        }
        for (int i = 0; i < suggestions.size(); i++) {
            action(suggestions.get(i), field + "[" + i + "]", errors);
        }
    }

    private static void action(JsonNode action, String field, List<FieldError> errors) {
        if (!action.isObject()) {
            errors.add(new FieldError(field, "The '" + field + "' field must be an object"));
            return;
        }
        String type = choice(action.get("type"), field + ".type", ACTION_TYPES, true, errors);
        text(action.get("text"), field + ".text", 25, true, errors);
        String postback = text(action.get("postbackData"), field + ".postbackData", 2048, true, errors);
        if (postback != null && !isBase64(postback)) {
            errors.add(new FieldError(field + ".postbackData", "The '" + field + ".postbackData' field must be"
                    + " base64"));
        }
        if (type == null) {
            return;
        }
        switch (type) {
            case "DIAL_PHONE" -> {
                String number = text(action.get("phoneNumber"), field + ".phoneNumber", Integer.MAX_VALUE, true,
                        errors);
                if (number != null && !E164.matcher(number).matches()) {
                    errors.add(new FieldError(field + ".phoneNumber", "The '" + field + ".phoneNumber' field must be"
                            + " in E164 format"));
                }
            }
            case "SHOW_LOCATION" -> {
                coordinate(action.get("latitude"), field + ".latitude", 90, errors);
                coordinate(action.get("longitude"), field + ".longitude", 180, errors);
                text(action.get("label"), field + ".label", 100, false, errors);
            }
            case "CREATE_CALENDAR_EVENT" -> {
                text(action.get("title"), field + ".title", 100, true, errors);
                dateTime(action.get("startTime"), field + ".startTime", true, errors);
                dateTime(action.get("endTime"), field + ".endTime", true, errors);
                text(action.get("description"), field + ".description", 500, false, errors);
            }
            case "OPEN_URL" -> {
                url(action.get("url"), field + ".url", 2048, true, errors);
                String application = choice(action.get("application"), field + ".application", APPLICATIONS, false,
                        errors);
                String mode = choice(action.get("webviewViewMode"), field + ".webviewViewMode", VIEW_MODES, false,
                        errors);
                if ("WEBVIEW".equals(application) && absent(action.get("webviewViewMode"))) {
                    errors.add(new FieldError(field + ".webviewViewMode", "The '" + field + ".webviewViewMode' field"
                            + " must be defined when application is WEBVIEW"));
                }
                if ("BROWSER".equals(application) && mode != null) {
                    errors.add(new FieldError(field + ".webviewViewMode", "The '" + field + ".webviewViewMode' field"
                            + " must not be set when application is BROWSER"));
                }
            }
            default -> {
                // REPLY and REQUEST_LOCATION have only the common fields
            }
        }
    }

    /** A string of the spec's {@code format: double} in [-limit, limit]. */
    private static void coordinate(JsonNode node, String field, int limit, List<FieldError> errors) {
        if (absent(node)) {
            errors.add(new FieldError(field, "The '" + field + "' field is required"));
            return;
        }
        double value;
        try {
            value = node.isTextual() ? Double.parseDouble(node.asText()) : Double.NaN;
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (Double.isNaN(value) || value < -limit || value > limit) {
            errors.add(new FieldError(field, "The '" + field + "' field must be a number in a string, in [-" + limit
                    + ", " + limit + "]"));
        }
    }

    /** @return the text if present and valid, else null (an error is added when it is invalid or missing) */
    private static String text(JsonNode node, String field, int maxLength, boolean required, List<FieldError> errors) {
        if (absent(node)) {
            if (required) {
                errors.add(new FieldError(field, "The '" + field + "' field is required"));
            }
            return null;
        }
        if (!node.isTextual() || required && node.asText().isEmpty()) {
            errors.add(new FieldError(field, "The '" + field + "' field must be a non-empty string"));
            return null;
        }
        String text = node.asText();
        if (text.codePointCount(0, text.length()) > maxLength) {
            errors.add(new FieldError(field, "The '" + field + "' field must be " + maxLength + " characters or less"));
            return null;
        }
        return text;
    }

    /** @return the value if present and one of {@code allowed}, else null */
    private static String choice(JsonNode node, String field, Set<String> allowed, boolean required,
                                 List<FieldError> errors) {
        if (absent(node)) {
            if (required) {
                errors.add(new FieldError(field, "The '" + field + "' field is required"));
            }
            return null;
        }
        if (!node.isTextual() || !allowed.contains(node.asText())) {
            errors.add(new FieldError(field, "The '" + field + "' field must be one of " + String.join(", ",
                    allowed.stream().sorted().toList())));
            return null;
        }
        return node.asText();
    }

    private static void url(JsonNode node, String field, int maxLength, boolean required, List<FieldError> errors) {
        String url = text(node, field, maxLength, required, errors);
        if (url != null && !isHttpUrl(url)) {
            errors.add(new FieldError(field, "The '" + field + "' field must be an absolute http or https URL"));
        }
    }

    private static OffsetDateTime dateTime(JsonNode node, String field, boolean required, List<FieldError> errors) {
        if (absent(node)) {
            if (required) {
                errors.add(new FieldError(field, "The '" + field + "' field is required"));
            }
            return null;
        }
        try {
            if (node.isTextual()) {
                return OffsetDateTime.parse(node.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(field, "The '" + field + "' field must be a valid RFC-3339 date-time, e.g."
                + " 2021-03-14T01:59:26Z"));
        return null;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isBase64(String value) {
        try {
            Base64.getDecoder().decode(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }
}
