package io.camelbandwidth.simulator;

import java.util.Objects;

/**
 * The terminal status the simulator reports by webhook for one recipient of an accepted message:
 * {@code message-delivered} or {@code message-failed} with an error code.
 */
public final class DeliveryOutcome {

    private static final DeliveryOutcome DELIVERED = new DeliveryOutcome(0, "ok");

    private final int errorCode;
    private final String description;

    private DeliveryOutcome(int errorCode, String description) {
        this.errorCode = errorCode;
        this.description = description;
    }

    /** @return the {@code message-delivered} outcome (description "ok") */
    public static DeliveryOutcome delivered() {
        return DELIVERED;
    }

    /**
     * A {@code message-failed} outcome with Bandwidth's name of the code as description (e.g. 4432 →
     * "rejected-forbidden-country"; unknown codes get "message-failed").
     *
     * @param errorCode a Bandwidth {@code message-failed} error code, e.g. 4720
     * @return the outcome
     */
    public static DeliveryOutcome failed(int errorCode) {
        return failed(errorCode, FailureDescriptions.describe(errorCode));
    }

    /**
     * A {@code message-failed} outcome.
     *
     * @param errorCode   a Bandwidth {@code message-failed} error code, e.g. 4720
     * @param description the event description
     * @return the outcome
     */
    public static DeliveryOutcome failed(int errorCode, String description) {
        if (errorCode <= 0) {
            throw new IllegalArgumentException("error code must be positive: " + errorCode);
        }
        return new DeliveryOutcome(errorCode, Objects.requireNonNull(description, "description"));
    }

    /** @return true for {@code message-delivered} */
    public boolean isDelivered() {
        return errorCode == 0;
    }

    /** @return the error code of a failure, 0 when delivered */
    public int errorCode() {
        return errorCode;
    }

    /** @return the event description */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeliveryOutcome && ((DeliveryOutcome) other).errorCode == errorCode
                && ((DeliveryOutcome) other).description.equals(description);
    }

    @Override
    public int hashCode() {
        return 31 * errorCode + description.hashCode();
    }

    @Override
    public String toString() {
        return isDelivered() ? "delivered" : "failed(" + errorCode + ", " + description + ")";
    }
}
