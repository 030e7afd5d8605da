package io.camelbandwidth.messaging;

/**
 * A message that Bandwidth would reject, caught before any request left the process. Nothing was sent; sending the
 * same message again fails the same way.
 */
public class BandwidthValidationException extends BandwidthException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public BandwidthValidationException(String field, String problem) {
        super("Invalid " + field + ": " + problem);
        this.field = field;
    }

    /**
     * The request field ({@code to}, {@code from}, {@code text}, ...) or header ({@code CamelBandwidthTo}, ...) at fault.
     */
    public String getField() {
        return field;
    }
}
