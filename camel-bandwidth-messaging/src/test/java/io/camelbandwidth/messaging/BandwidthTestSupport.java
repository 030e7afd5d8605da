package io.camelbandwidth.messaging;

import java.time.Duration;

import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs a Camel context against one embedded Bandwidth simulator per test class, over real HTTP on loopback.
 */
abstract class BandwidthTestSupport extends CamelTestSupport {

    static final String ACCOUNT_ID = "9900000";
    static final String APPLICATION_ID = "93de2206-9669-4e07-948d-329f4b722ee2";
    static final String CLIENT_ID = "test-client-id";
    static final String CLIENT_SECRET = "client-secret-Zq8#x";
    static final String USERNAME = "api-user";
    static final String PASSWORD = "api-password-Kx7!";
    static final String FROM = "+15551113333";
    static final Duration WAIT = Duration.ofSeconds(10);

    static BandwidthSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = simulatorBuilder().build().start();
    }

    /** The simulator every test class uses, accepting both API credentials; a class may add callbacks to it. */
    static BandwidthSimulator.Builder simulatorBuilder() {
        return BandwidthSimulator.builder()
                .basicCredentials(USERNAME, PASSWORD)
                .oauthClient(CLIENT_ID, CLIENT_SECRET)
                .mediaPageSize(2); // lets listMedia tests walk the Continuation-Token paging
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void resetSimulator() {
        simulator.reset();
    }

    /** An endpoint URI using OAuth2 against the simulator, with extra query options appended. */
    static String oauthUri(String extraOptions) {
        return "bandwidth-sms:" + ACCOUNT_ID + "?applicationId=" + APPLICATION_ID
               + "&baseUri=" + simulator.baseUri() + "&oauthTokenUri=" + simulator.tokenUri()
               + "&clientId=" + CLIENT_ID + "&clientSecret=RAW(" + CLIENT_SECRET + ")"
               + (extraOptions.isEmpty() ? "" : "&" + extraOptions);
    }

    /** An endpoint URI using legacy Basic against the simulator. */
    static String basicUri(String extraOptions) {
        return "bandwidth-sms:" + ACCOUNT_ID + "?applicationId=" + APPLICATION_ID
               + "&baseUri=" + simulator.baseUri()
               + "&username=" + USERNAME + "&password=RAW(" + PASSWORD + ")"
               + (extraOptions.isEmpty() ? "" : "&" + extraOptions);
    }

    /** The exception an exchange ended with, which the test expects to be of this type. */
    static <T extends Throwable> T failure(Exchange exchange, Class<T> type) {
        Exception exception = exchange.getException();
        if (!type.isInstance(exception)) {
            throw new AssertionError("expected " + type.getSimpleName() + " but the exchange ended with " + exception,
                    exception);
        }
        return type.cast(exception);
    }
}
