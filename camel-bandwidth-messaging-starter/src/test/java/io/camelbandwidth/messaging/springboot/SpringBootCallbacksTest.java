package io.camelbandwidth.messaging.springboot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer on Spring Boot, set up as {@code docs/callbacks.md} says: the starter,
 * {@code camel-platform-http-starter} (which brings Spring Boot's web server), a {@code RouteBuilder} bean and the
 * callback credentials as properties.
 * The application starts its web server on a free port, and Bandwidth's callbacks (the simulator's, challenge first)
 * reach the route over real HTTP on the default webhook path.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "camel.component.bandwidth-sms.callback-username=" + SpringBootCallbacksTest.HOOK_USER,
        "camel.component.bandwidth-sms.callback-password=" + SpringBootCallbacksTest.HOOK_PASSWORD })
class SpringBootCallbacksTest {

    static final String HOOK_USER = "hooks";
    static final String HOOK_PASSWORD = "boot-hook-secret-7Q";

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        RouteBuilder callbacks() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("bandwidth-sms:9900000")
                            .process(e -> EVENTS.add(
                                    e.getMessage().getHeader(BandwidthSmsConstants.EVENT_TYPE, String.class)));
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Test
    void callbacksReachTheRouteOnSpringBootsWebServer() throws Exception {
        try (BandwidthSimulator bandwidth = BandwidthSimulator.builder()
                .callbackUrl("http://127.0.0.1:" + port + "/bandwidth/callbacks")
                .callbackCredentials(HOOK_USER, HOOK_PASSWORD).build().start()) {
            boolean acknowledged = bandwidth.postCallback("[{\"type\":\"message-delivered\","
                    + "\"time\":\"2026-11-27T16:51:27.704450Z\",\"description\":\"ok\",\"to\":\"+15554443333\","
                    + "\"message\":{\"id\":\"m-1\",\"owner\":\"+15551113333\",\"time\":\"2026-11-27T16:51:26.1Z\","
                    + "\"direction\":\"out\",\"to\":[\"+15554443333\"],\"from\":\"+15551113333\",\"text\":\"\"}}]")
                    .get(10, TimeUnit.SECONDS);

            assertTrue(acknowledged, "answered 200 after the challenge: " + bandwidth.callbackAttempts());
            assertEquals(401, bandwidth.callbackAttempts().get(0).status(), "challenged first");
            assertEquals(List.of("message-delivered"), EVENTS);
        }
    }
}
