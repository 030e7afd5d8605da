package io.camelbandwidth.messaging.model;

import java.io.Serializable;
import java.util.List;

/**
 * What Bandwidth said about a failed request (schemas {@code messagingRequestError} and
 * {@code createMessageRequestError}). Parsed leniently: any field may be missing when the answer had another shape.
 *
 * @param type        Bandwidth's error type, e.g. {@code request-validation}, or {@code null}
 * @param description Bandwidth's explanation, or {@code null}
 * @param fieldErrors the fields a {@code 400} names; empty when there are none
 */
public record BandwidthError(String type, String description, List<FieldError> fieldErrors) implements Serializable {

    /** An answer that had no recognisable error body. */
    public static final BandwidthError NONE = new BandwidthError(null, null, List.of());

    public BandwidthError {
        fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /**
     * One field Bandwidth rejected.
     *
     * @param fieldName   the request field, e.g. {@code from}
     * @param description why it was rejected
     */
    public record FieldError(String fieldName, String description) implements Serializable {
    }
}
