package io.camelbandwidth.simulator;

/**
 * Decides the terminal status (delivered or failed) of each recipient of an accepted message. Called on a
 * callback thread, once per recipient; must be thread-safe.
 *
 * <pre>{@code
 * sim.deliveryPolicy((message, recipient) -> recipient.endsWith("0000")
 *         ? DeliveryOutcome.failed(4720) : DeliveryOutcome.delivered());
 * }</pre>
 */
@FunctionalInterface
public interface DeliveryPolicy {

    /** Every recipient gets {@code message-delivered}. */
    DeliveryPolicy ALWAYS_DELIVERED = (message, recipient) -> DeliveryOutcome.delivered();

    /**
     * @param message   the accepted message
     * @param recipient one of {@code message.to()}
     * @return the outcome to report for that recipient, not null
     */
    DeliveryOutcome outcome(AcceptedMessage message, String recipient);
}
