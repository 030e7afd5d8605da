package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a {@code messageRequest} body as the Bandwidth spec describes it, collecting every problem. Unknown
 * properties are ignored; a property whose value is JSON {@code null} counts as absent. What Bandwidth accepts and
 * fails later (more than 10 recipients) is {@link AsynchronousFailures}' business.
 */
final class MessageValidator {

    private static final int MAX_TEXT = 2048;
    private static final int MAX_MEDIA_URL = 4096;
    private static final int MAX_TAG = 1024;

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final Pattern SENDER_ID = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 \\-+_&]{1,11}");
    private static final int QUOTE_MAX = 64;

    private final Clock clock;

    MessageValidator(Clock clock) {
        this.clock = clock;
    }

    /** @return the field errors of {@code request}, empty if it is valid */
    List<FieldError> validate(JsonNode request) {
        List<FieldError> errors = new ArrayList<>(2);
        checkApplicationId(request.get("applicationId"), errors);
        checkTo(request.get("to"), errors);
        checkFrom(request.get("from"), errors);
        boolean hasText = checkText(request.get("text"), errors);
        boolean hasMedia = checkMedia(request.get("media"), errors);
        if (!hasText && !hasMedia) {
            errors.add(new FieldError("text", "The message must have 'text' or 'media'"));
        }
        checkTag(request.get("tag"), errors);
        checkPriority(request.get("priority"), errors);
        checkExpiration(request.get("expiration"), errors);
        return errors;
    }

    private static boolean isE164(String number) {
        return E164.matcher(number).matches();
    }

    private static boolean isSenderId(String from) {
        return SENDER_ID.matcher(from).matches();
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static void checkApplicationId(JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            errors.add(new FieldError("applicationId", "'applicationId' is required"));
        } else if (!node.isTextual() || node.asText().isBlank()) {
            errors.add(new FieldError("applicationId", "'applicationId' must be a non-empty string"));
        }
    }

    private static void checkTo(JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            errors.add(new FieldError("to", "'to' is required"));
            return;
        }
        if (!node.isArray()) {
            errors.add(new FieldError("to", "'to' must be an array of E164 formatted telephone numbers"));
            return;
        }
        if (node.isEmpty()) {
            errors.add(new FieldError("to", "'to' must contain at least one telephone number"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || !isE164(item.asText())) {
                errors.add(new FieldError("to", quote(item) + " must be replaced with a valid E164 formatted telephone number"));
            } else if (!seen.add(item.asText())) {
                errors.add(new FieldError("to", quote(item) + " appears more than once; 'to' items must be unique"));
            }
        }
    }

    private static void checkFrom(JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            errors.add(new FieldError("from", "'from' is required"));
        } else if (!node.isTextual() || !isE164(node.asText()) && !isSenderId(node.asText())) {
            errors.add(new FieldError("from", quote(node) + " must be replaced with a valid E164 formatted telephone number"
                    + " or an alphanumeric sender id (at most 11 letters, digits, space, '-', '+', '_', '&', with at least one letter)"));
        }
    }

    /** @return true if a non-empty text is present */
    private static boolean checkText(JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            return false;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError("text", "'text' must be a string"));
            return true;
        }
        String text = node.asText();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.add(new FieldError("text", "'text' must be " + MAX_TEXT + " characters or less"));
        }
        return !text.isEmpty();
    }

    /** @return true if at least one media URL is present */
    private static boolean checkMedia(JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            return false;
        }
        if (!node.isArray()) {
            errors.add(new FieldError("media", "'media' must be an array of URLs"));
            return true;
        }
        for (JsonNode item : node) {
            if (!item.isTextual() || !isMediaUrl(item.asText())) {
                errors.add(new FieldError("media", quote(item) + " must be an absolute http or https URL of at most "
                        + MAX_MEDIA_URL + " characters"));
            }
        }
        return !node.isEmpty();
    }

    private static boolean isMediaUrl(String url) {
        if (url.length() > MAX_MEDIA_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkTag(JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            return;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError("tag", "'tag' must be a string"));
        } else if (node.asText().codePointCount(0, node.asText().length()) > MAX_TAG) {
            errors.add(new FieldError("tag", "'tag' must be " + MAX_TAG + " characters or less"));
        }
    }

    private static void checkPriority(JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            return;
        }
        if (!node.isTextual() || !"default".equals(node.asText()) && !"high".equals(node.asText())) {
            errors.add(new FieldError("priority", quote(node) + " is not a valid priority; use 'default' or 'high'"));
        }
    }

    private void checkExpiration(JsonNode node, List<FieldError> errors) {
        if (absent(node)) {
            return;
        }
        OffsetDateTime expiration = null;
        if (node.isTextual()) {
            try {
                expiration = OffsetDateTime.parse(node.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                expiration = null;
            }
        }
        if (expiration == null) {
            errors.add(new FieldError("expiration", quote(node) + " must be a valid RFC-3339 date-time, e.g. 2021-03-14T01:59:26Z"));
        } else if (!expiration.toInstant().isAfter(clock.instant())) {
            errors.add(new FieldError("expiration", quote(node) + " must be a date-time in the future"));
        }
    }

    private static String quote(JsonNode node) {
        String value = node.isTextual() ? node.asText() : node.toString();
        if (value.length() > QUOTE_MAX) {
            value = value.substring(0, QUOTE_MAX) + "…";
        }
        return "'" + value + "'";
    }
}
