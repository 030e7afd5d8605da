package io.camelbandwidth.messaging.model;

import java.util.Map;

/**
 * Bandwidth's {@code message-failed} error codes: their names, and who caused the failure.
 * <p>
 * The table is the one Bandwidth published; it grows, so a code it does not list is classified by its leading digits:
 * {@code 4xxx} {@link ErrorCategory#CLIENT}, {@code 56xx} {@link ErrorCategory#CARRIER}, other {@code 5xxx}
 * {@link ErrorCategory#BANDWIDTH_SERVER}, anything else (notably {@code 99xx}) {@link ErrorCategory#AMBIGUOUS}.
 */
public final class BandwidthErrorCodes {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(4001, "service-not-allowed"),
            Map.entry(4301, "malformed-invalid-encoding"),
            Map.entry(4302, "malformed-invalid-from-number"),
            Map.entry(4303, "malformed-invalid-to-number"),
            Map.entry(4350, "malformed-for-destination"),
            Map.entry(4360, "message-not-sent-expiration-date-passed"),
            Map.entry(4401, "rejected-routing-error"),
            Map.entry(4403, "rejected-forbidden-from-number"),
            Map.entry(4404, "rejected-forbidden-to-number"),
            Map.entry(4405, "rejected-unallocated-from-number"),
            Map.entry(4406, "rejected-unallocated-to-number"),
            Map.entry(4407, "rejected-account-not-defined-from-number"),
            Map.entry(4408, "rejected-account-not-defined-to-number"),
            Map.entry(4409, "rejected-invalid-from-profile"),
            Map.entry(4410, "media-unavailable"),
            Map.entry(4411, "rejected-message-size-limit-exceeded"),
            Map.entry(4412, "media-content-invalid"),
            Map.entry(4420, "rejected-carrier-does-not-exist"),
            Map.entry(4421, "rejected-forbidden-no-destination"),
            Map.entry(4431, "rejected-forbidden-shortcode"),
            Map.entry(4432, "rejected-forbidden-country"),
            Map.entry(4433, "rejected-forbidden-tollfree"),
            Map.entry(4434, "rejected-forbidden-tollfree-for-recipient"),
            Map.entry(4435, "forbidden-too-many-recipients"),
            Map.entry(4451, "rejected-wrong-user-id"),
            Map.entry(4452, "rejected-wrong-application-id"),
            Map.entry(4470, "rejected-spam-detected"),
            Map.entry(4481, "rejected-from-number-in-blacklist"),
            Map.entry(4482, "rejected-to-number-in-blacklist"),
            Map.entry(4492, "reject-emergency"),
            Map.entry(4493, "rejected-unauthorized"),
            Map.entry(4700, "invalid-service-type"),
            Map.entry(4701, "destination-service-unavailable"),
            Map.entry(4702, "destination-subscriber-unavailable"),
            Map.entry(4711, "rejected-message-size-limit-exceeded"),
            Map.entry(4712, "media-content-invalid"),
            Map.entry(4720, "invalid-destination-address"),
            Map.entry(4721, "destination-tn-deactivated"),
            Map.entry(4730, "no-route-to-destination-carrier"),
            Map.entry(4740, "invalid-source-address-address"),
            Map.entry(4750, "destination-rejected-message"),
            Map.entry(4751, "destination-rejected-message-size-invalid"),
            Map.entry(4752, "destination-rejected-malformed"),
            Map.entry(4753, "destination-rejected-handset"),
            Map.entry(4770, "destination-spam-detected"),
            Map.entry(4771, "rejected-shortened-url"),
            Map.entry(4772, "rejected-tn-blocked"),
            Map.entry(4773, "inactive-campaign"),
            Map.entry(4774, "provisioning-issue"),
            Map.entry(4775, "destination-rejected-due-to-user-opt-out"),
            Map.entry(4780, "volume-violation-tmo"),
            Map.entry(4781, "volume-violation-att"),
            Map.entry(4785, "volumetric-violation"),
            Map.entry(4790, "destination-rejected-sc-not-allowed"),
            Map.entry(4791, "destination-rejected-campaign-not-allowed"),
            Map.entry(4792, "destination-rejected-sc-not-provisioned"),
            Map.entry(4793, "destination-rejected-sc-expired"),
            Map.entry(4795, "tfn-not-verified"),
            Map.entry(5100, "temporary-app-error"),
            Map.entry(5101, "temporary-app-shutdown"),
            Map.entry(5106, "impossible-to-route"),
            Map.entry(5111, "temporary-app-connection-closed"),
            Map.entry(5201, "temporary-rout-error-retries-exceeded"),
            Map.entry(5211, "temporary-app-error-app-busy"),
            Map.entry(5220, "temporary-store-error"),
            Map.entry(5231, "discarded-concatenation-timeout"),
            Map.entry(5500, "message-send-failed"),
            Map.entry(5501, "message-send-failed"),
            Map.entry(5999, "unknown-error"),
            Map.entry(5600, "destination-carrier-queue-full"),
            Map.entry(5610, "submit_sm-or-submit_multi-failed"),
            Map.entry(5620, "destination-app-error"),
            Map.entry(5630, "message-not-acknowle"),
            Map.entry(5650, "destination-failed"),
            Map.entry(9902, "delivery-receipt-expired"),
            Map.entry(9999, "unknown-error"));

    private BandwidthErrorCodes() {
    }

    /**
     * What a {@code message-failed} error code means; never fails, whatever the code.
     *
     * @param code the {@code errorCode} of the event
     * @return its name (or {@code null} if the table does not list it), category and whether a resend may help
     */
    public static ErrorCodeInfo lookup(int code) {
        ErrorCategory category = categoryOf(code);
        return new ErrorCodeInfo(code, NAMES.get(code), category, category.isResendMayHelp());
    }

    /**
     * The category of a code, by its leading digits.
     *
     * @param code a Bandwidth error code
     * @return who caused the failure
     */
    public static ErrorCategory categoryOf(int code) {
        if (code >= 4000 && code <= 4999) {
            return ErrorCategory.CLIENT;
        }
        if (code >= 5600 && code <= 5699) {
            return ErrorCategory.CARRIER;
        }
        if (code >= 5000 && code <= 5999) {
            return ErrorCategory.BANDWIDTH_SERVER;
        }
        return ErrorCategory.AMBIGUOUS;
    }
}
