package io.camelbandwidth.messaging.springboot;

import java.time.Duration;
import java.util.List;

import io.camelbandwidth.messaging.BandwidthSmsComponent;
import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.BandwidthSmsEndpoint;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import io.camelbandwidth.messaging.model.MessagePriority;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plain Spring Boot application with only properties: the component is configured from them and sends a real
 * message through the simulator.
 */
@SpringBootTest(properties = {
        "camel.component.bandwidth-sms.application-id=93de2206-9669-4e07-948d-329f4b722ee2",
        "camel.component.bandwidth-sms.from=+15551113333",
        "camel.component.bandwidth-sms.client-id=starter-client",
        "camel.component.bandwidth-sms.client-secret=" + BandwidthSmsStarterTest.SECRET,
        "camel.component.bandwidth-sms.priority=high",
        "camel.component.bandwidth-sms.connect-timeout=5s",
        "camel.component.bandwidth-sms.response-timeout=2500",
        "camel.component.bandwidth-sms.max-total-connections=20",
        "camel.component.bandwidth-sms.lazy-start-producer=true",
        "camel.main.name=starter-test" })
@ExtendWith(OutputCaptureExtension.class)
class BandwidthSmsStarterTest {

    static final String SECRET = "starter-secret-Qw9%7Bz";

    static final BandwidthSimulator SIMULATOR = BandwidthSimulator.builder().oauthClient("starter-client", SECRET)
            .build().start();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.bandwidth-sms.base-uri", SIMULATOR::baseUri);
        registry.add("camel.component.bandwidth-sms.oauth-token-uri", SIMULATOR::tokenUri);
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate template;

    @Test
    void propertiesReachTheComponentAndItsEndpoints() {
        BandwidthSmsComponent component = camelContext.getComponent("bandwidth-sms", BandwidthSmsComponent.class);
        BandwidthSmsConfiguration conf = component.getConfiguration();
        assertEquals("93de2206-9669-4e07-948d-329f4b722ee2", conf.getApplicationId());
        assertEquals("+15551113333", conf.getFrom());
        assertEquals("starter-client", conf.getClientId());
        assertEquals(SECRET, conf.getClientSecret());
        assertEquals(MessagePriority.HIGH, conf.getPriority(), "any case, as Boot binds enums");
        assertEquals(5000, conf.getConnectTimeout(), "a Boot duration (5s)");
        assertEquals(2500, conf.getResponseTimeout(), "a plain number is milliseconds");
        assertEquals(20, conf.getMaxTotalConnections());
        assertEquals(SIMULATOR.baseUri(), conf.getBaseUri());

        BandwidthSmsEndpoint endpoint = camelContext.getEndpoint("bandwidth-sms:9900000?tag=from-uri",
                BandwidthSmsEndpoint.class);
        assertEquals("from-uri", endpoint.getConfiguration().getTag());
        assertEquals("starter-client", endpoint.getConfiguration().getClientId(), "inherited from the component");
    }

    @Test
    void unsetPropertiesKeepTheComponentDefaults() {
        BandwidthSmsConfiguration conf = camelContext.getComponent("bandwidth-sms", BandwidthSmsComponent.class)
                .getConfiguration();
        BandwidthSmsConfiguration defaults = new BandwidthSmsConfiguration();
        assertEquals(defaults.getConnectionRequestTimeout(), conf.getConnectionRequestTimeout());
        assertEquals(defaults.getValidateAfterInactivity(), conf.getValidateAfterInactivity());
        assertEquals(defaults.getConnectionsPerRoute(), conf.getConnectionsPerRoute());
        assertNull(conf.getUsername());
        assertNull(conf.getTo());
    }

    @Test
    void sendsThroughTheSimulator() {
        Exchange exchange = template.request("bandwidth-sms:9900000", e -> {
            e.getMessage().setBody("Hello from Spring Boot");
            e.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333");
        });

        assertNull(exchange.getException());
        String id = exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class);
        assertNotNull(id);
        List<AcceptedMessage> accepted = SIMULATOR.awaitAccepted(1, Duration.ofSeconds(10));
        AcceptedMessage message = accepted.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        assertEquals(List.of("+15554443333"), message.to());
        assertEquals("+15551113333", message.from());
        assertEquals("high", message.priority());
        assertEquals("Hello from Spring Boot", message.text());
    }

    @Test
    void theSecretIsNeverLogged(CapturedOutput output) {
        // the context started (and logged) before this test; the capture holds everything printed so far
        template.request("bandwidth-sms:9900000", e -> {
            e.getMessage().setBody("Hello");
            e.getMessage().setHeader(BandwidthSmsConstants.TO, "+15554443333");
        });
        assertTrue(output.getAll().contains("starter-test"), "the capture holds the start-up log");
        assertFalse(output.getAll().contains(SECRET), "the client secret appeared in the log");
        assertFalse(camelContext.getEndpoint("bandwidth-sms:9900000?clientSecret=RAW(other-Secret-9)").toString()
                .contains("other-Secret-9"), "endpoint URIs are shown masked");
    }
}
