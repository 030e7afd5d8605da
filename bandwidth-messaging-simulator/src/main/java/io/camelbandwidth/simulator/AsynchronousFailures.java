package io.camelbandwidth.simulator;

/**
 * What Bandwidth accepts with {@code 202} and reports later in a {@code message-failed} webhook instead of refusing
 * with {@code 400}: a group message of more than 10 participants is accepted and then fails for every recipient with
 * 4435 {@code forbidden-too-many-recipients} (Bandwidth's error code table; the spec gives {@code to} no
 * {@code maxItems}, so it is no field error of the request).
 */
final class AsynchronousFailures {

    private static final int MAX_GROUP_PARTICIPANTS = 10;
    private static final DeliveryOutcome TOO_MANY_RECIPIENTS = DeliveryOutcome.failed(4435);

    private AsynchronousFailures() {
    }

    /** @return the failure Bandwidth reports for every recipient of this message, or null if none */
    static DeliveryOutcome of(AcceptedMessage message) {
        return message.to().size() > MAX_GROUP_PARTICIPANTS ? TOO_MANY_RECIPIENTS : null;
    }
}
