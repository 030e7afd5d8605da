package io.camelbandwidth.messaging.model;

/**
 * Who caused a {@code message-failed} error, after the families of Bandwidth's error-code table.
 */
public enum ErrorCategory {

    /**
     * {@code 4xxx}: the message, a number or the account was refused, by Bandwidth ({@code 40xx}-{@code 44xx}) or by
     * the carrier or handset ({@code 47xx}). Sending the same message again gives the same result.
     */
    CLIENT(false),
    /** {@code 56xx}: the destination carrier failed (congestion, no acknowledgement). A resend may help; try once. */
    CARRIER(true),
    /** {@code 51xx}, {@code 52xx}, {@code 55xx} and other {@code 5xxx}: a Bandwidth-side failure. A resend may help. */
    BANDWIDTH_SERVER(true),
    /**
     * {@code 99xx}, and any code outside {@code 4xxx}/{@code 5xxx}: the outcome is unknown (for example no delivery
     * receipt came back). The message may have been delivered: a resend risks a duplicate.
     */
    AMBIGUOUS(false);

    private final boolean resendMayHelp;

    ErrorCategory(boolean resendMayHelp) {
        this.resendMayHelp = resendMayHelp;
    }

    /** Whether sending the message again may succeed, for the codes of this category. */
    public boolean isResendMayHelp() {
        return resendMayHelp;
    }
}
