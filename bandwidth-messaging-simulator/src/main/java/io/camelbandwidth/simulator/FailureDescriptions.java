package io.camelbandwidth.simulator;

import java.util.Map;

/** Bandwidth's names of common {@code message-failed} error codes, used as event descriptions. */
final class FailureDescriptions {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(4001, "service-not-allowed"),
            Map.entry(4301, "malformed-invalid-encoding"),
            Map.entry(4302, "malformed-invalid-from-number"),
            Map.entry(4303, "malformed-invalid-to-number"),
            Map.entry(4360, "message-not-sent-expiration-date-passed"),
            Map.entry(4404, "rejected-forbidden-to-number"),
            Map.entry(4405, "rejected-unallocated-from-number"),
            Map.entry(4406, "rejected-unallocated-to-number"),
            Map.entry(4410, "media-unavailable"),
            Map.entry(4432, "rejected-forbidden-country"),
            Map.entry(4435, "forbidden-too-many-recipients"),
            Map.entry(4470, "rejected-spam-detected"),
            Map.entry(4720, "invalid-destination-address"),
            Map.entry(4721, "destination-tn-deactivated"),
            Map.entry(4750, "destination-rejected-message"),
            Map.entry(4770, "destination-spam-detected"),
            Map.entry(4775, "destination-rejected-due-to-user-opt-out"),
            Map.entry(4785, "volumetric-violation"),
            Map.entry(5100, "temporary-app-error"),
            Map.entry(5600, "destination-carrier-queue-full"),
            Map.entry(5999, "unknown-error"),
            Map.entry(9902, "delivery-receipt-expired"),
            Map.entry(9999, "unknown-error"));

    private FailureDescriptions() {
    }

    static String describe(int errorCode) {
        return NAMES.getOrDefault(errorCode, "message-failed");
    }
}
