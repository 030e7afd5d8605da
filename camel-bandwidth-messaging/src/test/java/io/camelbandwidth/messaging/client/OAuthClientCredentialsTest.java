package io.camelbandwidth.messaging.client;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.testkit.MutableClock;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The token source on its own, against the simulator's token endpoint, with a clock the test moves.
 */
class OAuthClientCredentialsTest {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create(simulator -> simulator
            .tokenLifetime(Duration.ofSeconds(600)));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final HttpTransport transport = new HttpTransport(HttpTransportSettings.of(new BandwidthSmsConfiguration(),
            null));
    private final OAuthClientCredentials credentials = new OAuthClientCredentials(transport,
            bandwidth.simulator().tokenUri(), CLIENT_ID, CLIENT_SECRET, clock);

    @AfterEach
    void closeTransport() {
        transport.close();
    }

    @Test
    void tokenIsRenewedBeforeItExpires() throws Exception {
        String first = credentials.authorization().get(5, TimeUnit.SECONDS);
        clock.advance(Duration.ofSeconds(500));
        assertEquals(first, credentials.authorization().get(5, TimeUnit.SECONDS), "still far from expiry");
        clock.advance(Duration.ofSeconds(45)); // 55 s left: inside the one-minute renewal margin
        String renewed = credentials.authorization().get(5, TimeUnit.SECONDS);

        assertNotEquals(first, renewed);
        assertTrue(renewed.startsWith("Bearer "));
        assertEquals(2, bandwidth.simulator().tokensIssued());
    }

    @Test
    void basicHeaderIsStandard() {
        assertEquals("Basic dXNlcjpwYXNz", BasicCredentials.basic("user", "pass"));
    }
}
