package io.camelbandwidth.messaging.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Spring Boot web application with the starter and Actuator, set up as the docs say: after a send through the
 * simulator, the component's meters are at {@code /actuator/metrics} over HTTP. The component finds Boot's
 * {@code MeterRegistry} through the Camel registry; the starter adds nothing for it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,metrics",
        "camel.component.bandwidth-sms.application-id=93de2206-9669-4e07-948d-329f4b722ee2",
        "camel.component.bandwidth-sms.client-id=" + ActuatorMetricsTest.CLIENT_ID,
        "camel.component.bandwidth-sms.client-secret=" + ActuatorMetricsTest.SECRET })
class ActuatorMetricsTest {

    static final String CLIENT_ID = "actuator-client";
    static final String SECRET = "actuator-secret-7Yq";
    static final BandwidthSimulator SIMULATOR = BandwidthSimulator.builder().oauthClient(CLIENT_ID, SECRET)
            .build().start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        RouteBuilder sms() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").to("bandwidth-sms:9900000?from=RAW(+15551113333)&to=RAW(+15554443333)");
                }
            };
        }
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
    ProducerTemplate template;
    @LocalServerPort
    int port;

    @Test
    void theMetersAreAtActuatorMetricsAfterASend() throws Exception {
        Exchange sent = template.request("direct:send", e -> e.getMessage().setBody("Hello from Boot"));
        assertNull(sent.getException());

        List<String> names = new ArrayList<>();
        get("/actuator/metrics").path("names").forEach(name -> names.add(name.asText()));
        assertTrue(names.containsAll(List.of("bandwidth.messages.sent", "bandwidth.segments.sent",
                "bandwidth.send.latency", "bandwidth.oauth.token.fetches")), names::toString);

        JsonNode messages = get("/actuator/metrics/bandwidth.messages.sent?tag=account:9900000&tag=operation:sendMessage");
        assertEquals(1.0, measurement(messages, "COUNT"), messages::toString);
        assertEquals(1.0, measurement(get("/actuator/metrics/bandwidth.segments.sent?tag=account:9900000"), "COUNT"));
        JsonNode latency = get("/actuator/metrics/bandwidth.send.latency?tag=outcome:success");
        assertEquals(1.0, measurement(latency, "COUNT"), latency::toString);
        assertTrue(measurement(latency, "TOTAL_TIME") > 0, latency::toString);
        assertEquals(1.0, measurement(get("/actuator/metrics/bandwidth.oauth.token.fetches?tag=outcome:success"),
                "COUNT"));
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static double measurement(JsonNode meter, String statistic) {
        for (JsonNode measurement : meter.path("measurements")) {
            if (statistic.equals(measurement.path("statistic").asText())) {
                return measurement.path("value").asDouble();
            }
        }
        throw new AssertionError("no " + statistic + " in " + meter);
    }
}
