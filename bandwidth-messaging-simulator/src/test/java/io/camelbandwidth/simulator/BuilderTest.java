package io.camelbandwidth.simulator;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BuilderTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void aBuiltSimulatorKeepsItsSettingsWhenTheBuilderChangesLater() throws Exception {
        BandwidthSimulator.Builder builder = BandwidthSimulator.builder().basicCredentials("first", "one");
        try (BandwidthSimulator first = builder.build().start();
             BandwidthSimulator second = builder.basicCredentials("second", "two").build().start()) {
            String body = Http.sms("hi", "+15554443333");
            assertEquals(202, Http.post(first.messagesUri("1"), JSON, Http.basic("first", "one"), body).statusCode());
            assertEquals(401, Http.post(first.messagesUri("1"), JSON, Http.basic("second", "two"), body).statusCode());
            assertEquals(202, Http.post(second.messagesUri("1"), JSON, Http.basic("second", "two"), body).statusCode());
            assertEquals(401, Http.post(second.messagesUri("1"), JSON, Http.basic("first", "one"), body).statusCode());
        }
    }

    @Test
    void withoutSettingsItIsOpenAndTokensLiveOneHour() throws Exception {
        try (BandwidthSimulator sim = BandwidthSimulator.builder().build().start()) {
            assertEquals(202, Http.post(sim.messagesUri("1"), JSON, null, Http.sms("hi", "+15554443333")).statusCode());
            String answer = Http.post(URI.create(sim.tokenUri()), FORM, Http.basic("any", "client"),
                    "grant_type=client_credentials").body();
            assertEquals(3600, Http.json(answer).path("expires_in").asLong());
            assertEquals("http", URI.create(sim.baseUri()).getScheme());
        }
    }

    @Test
    void refusesInvalidSettingsWhenTheyAreSet() {
        BandwidthSimulator.Builder builder = BandwidthSimulator.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.port(65536));
        assertThrows(IllegalArgumentException.class, () -> builder.threads(0));
        assertThrows(IllegalArgumentException.class, () -> builder.basicCredentials("user:name", "pass"));
        assertThrows(IllegalArgumentException.class, () -> builder.oauthClient("client:id", "secret"));
        assertThrows(IllegalArgumentException.class, () -> builder.tokenLifetime(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> builder.callbackRetry(0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder.callbackTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder.recordLimit(-1));
        assertThrows(IllegalArgumentException.class, () -> builder.mediaLimits(10, 9));
        assertThrows(IllegalArgumentException.class, () -> builder.mediaPageSize(0));
        assertThrows(IllegalArgumentException.class, () -> builder.idleConnectionTimeout(Duration.ZERO));
        assertThrows(NullPointerException.class, () -> builder.clock(null));
    }
}
