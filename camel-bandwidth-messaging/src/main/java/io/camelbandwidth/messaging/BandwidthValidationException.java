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

    /** A header, option or field holding a value of a type the component cannot use. */
    static BandwidthValidationException wrongType(String field, Object value, String expected) {
        return new BandwidthValidationException(field, "must be " + expected + ", not " + value.getClass().getName());
    }

    /**
     * The request field ({@code to}, {@code from}, {@code text}, ...) or header ({@code CamelBandwidthTo}, ...) at fault.
     */
    public String getField() {
        return field;
    }
}
