package io.camelbandwidth.examples.springboot;

import java.time.Duration;
import java.util.List;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.messaging.BandwidthRejectedException;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application as it ships, configured only by properties: its application.properties plus the values the
 * BANDWIDTH_* variables would have, pointing at the simulator.
 */
@SpringBootTest(classes = SmsApplication.class, properties = "sms.redelivery-delay=10")
@ExtendWith(OutputCaptureExtension.class)
class SmsApplicationTest {

    static final BandwidthSimulator SIMULATOR = ExampleBandwidth.simulatorBuilder()
            .build().start();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        SmsApplication.simulatedEnvironment(SIMULATOR).forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @Autowired
    SmsService sms;

    @Test
    void theStartUpNotificationWasSent() {
        List<AcceptedMessage> accepted = SIMULATOR.awaitAccepted(1, Duration.ofSeconds(10));
        AcceptedMessage notification = accepted.stream().filter(m -> "spring-boot-sms started".equals(m.text()))
                .findFirst().orElseThrow();
        assertEquals(List.of(ExampleBandwidth.SIMULATED_TO), notification.to());
        assertEquals(ExampleBandwidth.SIMULATED_FROM, notification.from(), "from application.properties");
        assertEquals(ExampleBandwidth.SIMULATED_APPLICATION_ID, notification.applicationId());
    }

    @Test
    void theServiceSendsAndReturnsTheMessageId() {
        String id = sms.send("+15552223333", "Hello from Spring Boot");

        assertTrue(SIMULATOR.acceptedMessages().stream().anyMatch(m -> m.id().equals(id)
                                                                       && m.text().equals("Hello from Spring Boot")));
    }

    @Test
    void serverErrorsAreRetriedByTheRoute() {
        int before = SIMULATOR.requests().size();
        SIMULATOR.faults().respond(503, 2);

        String id = sms.send("+15552223333", "after two 503s");

        assertEquals(before + 3, SIMULATOR.requests().size());
        assertTrue(SIMULATOR.acceptedMessages().stream().anyMatch(m -> m.id().equals(id)));
    }

    @Test
    void aRejectionReachesTheCallerWithoutRetry() {
        int before = SIMULATOR.requests().size();
        SIMULATOR.faults().respond(400, 1);

        BandwidthRejectedException e = assertThrows(BandwidthRejectedException.class,
                () -> sms.send("+15552223333", "rejected"));

        assertEquals(400, e.getHttpResponseCode());
        assertEquals(before + 1, SIMULATOR.requests().size());
    }

    @Test
    void theSecretIsNotLoggedAndNoPlainTextSecretIsConfigured(CapturedOutput output) {
        sms.send("+15552223333", "log check");
        assertFalse(output.getAll().contains(ExampleBandwidth.SIMULATED_CLIENT_SECRET));
        assertFalse(output.getAll().contains("SECURITY WARNING"), "application.properties uses ${BANDWIDTH_*} placeholders");
    }
}
