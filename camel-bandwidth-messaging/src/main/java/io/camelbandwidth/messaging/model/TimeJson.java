package io.camelbandwidth.messaging.model;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * Writes and reads the times of answers and callbacks as RFC 3339 text with any Jackson mapper, so that a route can
 * {@code marshal().json()} an event (and read it back) without registering the Java time module.
 */
final class TimeJson {

    private TimeJson() {
    }

    /**
     * Writes {@code 2024-12-18T16:51:27.704450Z}, every digit Bandwidth sent kept, and the seconds always (RFC 3339
     * needs them; {@code OffsetDateTime.toString()} leaves out zero seconds).
     */
    public static final class Serializer extends JsonSerializer<OffsetDateTime> {
        private static final DateTimeFormatter WHOLE_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.getSecond() == 0 && value.getNano() == 0
                    ? WHOLE_SECONDS.format(value) : value.toString());
        }
    }

    /** Reads RFC 3339 text; an empty string is no time. */
    public static final class Deserializer extends JsonDeserializer<OffsetDateTime> {
        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            if (text.isBlank()) {
                return null;
            }
            try {
                return Rfc3339.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, OffsetDateTime.class, "not an RFC 3339 date-time");
            }
        }
    }
}
