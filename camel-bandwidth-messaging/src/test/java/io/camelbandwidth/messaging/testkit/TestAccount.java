package io.camelbandwidth.messaging.testkit;

import java.time.Duration;

/**
 * The Bandwidth account, credentials and numbers the tests use against the simulator.
 */
public final class TestAccount {

    public static final String ACCOUNT_ID = "9900000";
    public static final String APPLICATION_ID = "93de2206-9669-4e07-948d-329f4b722ee2";
    public static final String CLIENT_ID = "test-client-id";
    public static final String CLIENT_SECRET = "client-secret-Zq8#x";
    public static final String USERNAME = "api-user";
    public static final String PASSWORD = "api-password-Kx7!";
    public static final String FROM = "+15551113333";
    /** How long a test waits for something that normally takes milliseconds. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private TestAccount() {
    }
}
