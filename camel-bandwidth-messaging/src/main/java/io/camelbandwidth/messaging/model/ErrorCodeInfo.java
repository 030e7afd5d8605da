package io.camelbandwidth.messaging.model;

/**
 * What a {@code message-failed} error code means.
 *
 * @param code          the error code, e.g. {@code 4720}
 * @param name          Bandwidth's name of the code, e.g. {@code invalid-destination-address}, or {@code null} for a
 *                      code the table does not list (it was classified by its leading digits)
 * @param category      who caused the failure
 * @param resendMayHelp whether sending the same message again may succeed
 */
public record ErrorCodeInfo(int code, String name, ErrorCategory category, boolean resendMayHelp) {

    /** Whether the code is in Bandwidth's published table (otherwise only its leading digits classified it). */
    public boolean isListed() {
        return name != null;
    }
}
