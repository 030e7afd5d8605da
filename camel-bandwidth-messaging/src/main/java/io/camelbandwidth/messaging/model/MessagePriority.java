package io.camelbandwidth.messaging.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The sending priority of a message within the account's queue (schema {@code priorityEnum}).
 */
public enum MessagePriority {
    DEFAULT,
    HIGH;

    /** The value on the wire: {@code default} or {@code high}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The priority named {@code default} or {@code high} (any case).
     *
     * @throws IllegalArgumentException for any other value
     */
    @JsonCreator
    public static MessagePriority of(String value) {
        for (MessagePriority priority : values()) {
            if (priority.value().equalsIgnoreCase(value)) {
                return priority;
            }
        }
        throw new IllegalArgumentException("must be default or high");
    }
}
