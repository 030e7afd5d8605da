package io.camelbandwidth.messaging.support;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import io.camelbandwidth.messaging.BandwidthValidationException;

/**
 * What a header, body field or option value may be, in one place: every reader of a value (the message resolver, the
 * list-messages query, the configuration checks) coerces through here, so that the same input is accepted or refused
 * the same way everywhere, with a {@link BandwidthValidationException} naming the field.
 */
public final class Coercion {

    private Coercion() {
    }

    /** A String, or {@code null}. */
    public static String string(Object value, String field) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof CharSequence) {
            return value.toString();
        }
        throw wrongType(field, value, "a String");
    }

    /**
     * A list of Strings from a comma-separated String (blank parts dropped, the others kept as written, so that a
     * number whose plus sign URI decoding turned into a space can still be repaired), a {@code Collection} or an array
     * of Strings; {@code null} stays {@code null}.
     */
    public static List<String> stringList(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence) {
            return commaSeparated(value.toString());
        }
        Collection<?> items = items(value);
        if (items == null) {
            throw wrongType(field, value, "a String, a comma-separated String or a List of Strings");
        }
        List<String> result = new ArrayList<>(items.size());
        int position = 0;
        for (Object item : items) {
            position++;
            if (!(item instanceof CharSequence)) {
                throw item == null
                        ? new BandwidthValidationException(field, "item #" + position + " is null")
                        : wrongType(field, item, "a List of Strings");
            }
            result.add(item.toString());
        }
        return result;
    }

    /** The items of a {@code Collection} or an array, or {@code null} for any other value. */
    public static Collection<?> items(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array); // not List.of: a null item must reach the caller's check, not throw here
        }
        return null;
    }

    /** The non-blank parts of a comma-separated String, as written. */
    public static List<String> commaSeparated(String value) {
        List<String> result = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                result.add(part);
            }
        }
        return result;
    }

    /**
     * A point in time: an {@code OffsetDateTime}, {@code ZonedDateTime}, {@code Instant}, {@code Date} or an RFC 3339
     * String, and, when a clock is given, a {@code Duration} or ISO-8601 duration String ({@code PT1H}) counted from
     * now. {@code null} stays {@code null}.
     *
     * @param clock the clock durations count from, or {@code null} when durations are not allowed
     */
    public static OffsetDateTime dateTime(Object value, String field, Clock clock) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Duration duration && clock != null) {
            return OffsetDateTime.now(clock).plus(duration);
        }
        if (value instanceof CharSequence) {
            String text = value.toString().strip();
            try {
                if (clock != null && (text.startsWith("P") || text.startsWith("p"))) {
                    return OffsetDateTime.now(clock).plus(Duration.parse(text));
                }
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new BandwidthValidationException(field, clock == null
                        ? "must be an ISO 8601 date-time (2026-12-24T18:00:00Z)"
                        : "must be an RFC 3339 date-time (2026-12-24T18:00:00Z) or an ISO-8601 duration (PT1H)");
            }
        }
        throw wrongType(field, value, clock == null
                ? "an ISO 8601 String, OffsetDateTime, ZonedDateTime, Instant or Date"
                : "an RFC 3339 String, an OffsetDateTime, ZonedDateTime, Instant, Date or Duration");
    }

    /** A whole number: an {@code Integer}, {@code Long}, {@code Short} or a String of digits. */
    public static long integer(Object value, String field) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof CharSequence) {
            try {
                return Long.parseLong(value.toString().strip());
            } catch (NumberFormatException e) {
                throw new BandwidthValidationException(field, "must be an integer");
            }
        }
        throw wrongType(field, value, "an integer");
    }

    /** A {@code Boolean}, or the String {@code true} or {@code false} in any case. */
    public static boolean bool(Object value, String field) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof CharSequence) {
            String text = value.toString().strip();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
        }
        throw wrongType(field, value, "true or false");
    }

    /**
     * The absolute {@code http} or {@code https} URL this value is, with a host; {@code null} when it is not one.
     */
    public static URI httpUrl(String value) {
        if (value == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
    }

    /** A value of a type the component cannot use; says what was expected and what came, never the value. */
    public static BandwidthValidationException wrongType(String field, Object value, String expected) {
        return new BandwidthValidationException(field, "must be " + expected + ", not "
                                                       + (value == null ? "null" : value.getClass().getName()));
    }
}
