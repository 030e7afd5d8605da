package io.camelbandwidth.messaging.client;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request handed to a closed client never left: whoever sends it learns that it was not sent.
 */
class HttpTransportTest {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Test
    void aRequestAfterTheClientClosedFailsAsNotSent() {
        HttpTransport transport = new HttpTransport(HttpTransportSettings.of(new BandwidthSmsConfiguration(), null));
        transport.close();

        ExecutionException e = assertThrows(ExecutionException.class, () -> transport.execute(
                SimpleRequestBuilder.get(bandwidth.simulator().baseUri() + "/users/1/media").build())
                .get(5, TimeUnit.SECONDS));

        BandwidthException failure = ErrorMapper.fromTransport(e, "Media list request");
        assertTrue(failure.isRetrySafe(), failure.toString());
        assertFalse(failure.isMaybeSent());
        assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
        assertTrue(bandwidth.simulator().requests().isEmpty());
    }
}
