package io.camelbandwidth.messaging.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BandwidthErrorCodesTest {

    @ParameterizedTest
    @CsvSource({
            // listed codes of every family
            "4001, service-not-allowed, CLIENT, false",
            "4432, rejected-forbidden-country, CLIENT, false",
            "4470, rejected-spam-detected, CLIENT, false",
            "4720, invalid-destination-address, CLIENT, false",
            "4775, destination-rejected-due-to-user-opt-out, CLIENT, false",
            "5100, temporary-app-error, BANDWIDTH_SERVER, true",
            "5231, discarded-concatenation-timeout, BANDWIDTH_SERVER, true",
            "5501, message-send-failed, BANDWIDTH_SERVER, true",
            "5999, unknown-error, BANDWIDTH_SERVER, true",
            "5600, destination-carrier-queue-full, CARRIER, true",
            "5650, destination-failed, CARRIER, true",
            "9902, delivery-receipt-expired, AMBIGUOUS, false",
            "9999, unknown-error, AMBIGUOUS, false",
            // unlisted codes: classified by their leading digits
            "4499, , CLIENT, false",
            "4799, , CLIENT, false",
            "5300, , BANDWIDTH_SERVER, true",
            "5699, , CARRIER, true",
            "9950, , AMBIGUOUS, false",
            "0, , AMBIGUOUS, false",
            "1234, , AMBIGUOUS, false",
            "-1, , AMBIGUOUS, false",
            "47200, , AMBIGUOUS, false" })
    void codesAreNamedAndClassified(int code, String name, ErrorCategory category, boolean resendMayHelp) {
        ErrorCodeInfo info = BandwidthErrorCodes.lookup(code);

        assertEquals(new ErrorCodeInfo(code, name, category, resendMayHelp), info);
        assertEquals(name != null, info.isListed());
    }
}
