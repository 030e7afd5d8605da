package io.camelbandwidth.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.model.MessagePriority;
import io.camelbandwidth.messaging.model.MessageRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests checked against Bandwidth's official OpenAPI spec: a Prism mock serving the spec validates every request
 * and answers 202 only to valid ones. {@code .ci/run} starts Prism and sets {@code bandwidth.contract.url}; without it
 * this test is skipped (the simulator-based tests cover the same sends).
 */
@EnabledIfSystemProperty(named = "bandwidth.contract.url", matches = ".+")
class OpenApiContractTest extends BandwidthTestSupport {

    private static final String PRISM = System.getProperty("bandwidth.contract.url", "");
    private static final String LOGO = "https://dev.bandwidth.com/images/bandwidth-logo.png";
    private static final String GITHUB = "https://dev.bandwidth.com/images/github_logo.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // Basic against the mock; OAuth2 with a token from the simulator and messages to the mock
                from("direct:basic").to("bandwidth-sms:" + ACCOUNT_ID + "?applicationId=" + APPLICATION_ID + "&from="
                                        + FROM + "&baseUri=" + PRISM + "&username=u&password=p");
                from("direct:oauth").to(oauthUri("from=" + FROM).replace(simulator.baseUri(), PRISM));
            }
        };
    }

    @Test
    void theMockRejectsInvalidRequests() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PRISM + "/users/" + ACCOUNT_ID + "/messages"))
                .header("Content-Type", "application/json").header("Authorization", "Basic dTpw")
                .POST(HttpRequest.BodyPublishers.ofString("{\"applicationId\":\"a\",\"to\":\"+15554443333\",\"from\":\"+1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 400 || response.statusCode() == 422,
                "the contract mock must validate, answered " + response.statusCode());
    }

    @Test
    void documentedExamplesMatchTheSpec() {
        String two = "+15554443333,+15552223333";
        for (String route : List.of("direct:basic", "direct:oauth")) {
            accepted(route, "Hello world", Map.of(BandwidthSmsConstants.TO, "+15554443333"));
            accepted(route, "Picture", Map.of(BandwidthSmsConstants.TO, "+15554443333", BandwidthSmsConstants.MEDIA, LOGO));
            accepted(route, null, Map.of(BandwidthSmsConstants.TO, "+15554443333",
                    BandwidthSmsConstants.MEDIA, List.of(LOGO, GITHUB)));
            accepted(route, "Hello group", Map.of(BandwidthSmsConstants.TO, two));
            accepted(route, "Group picture", Map.of(BandwidthSmsConstants.TO, two, BandwidthSmsConstants.MEDIA, LOGO));
        }
    }

    @Test
    void everyOptionalFieldMatchesTheSpec() {
        accepted("direct:oauth", "All fields", Map.of(BandwidthSmsConstants.TO, "+15554443333",
                BandwidthSmsConstants.TAG, "order-42", BandwidthSmsConstants.PRIORITY, "high",
                BandwidthSmsConstants.EXPIRATION, OffsetDateTime.now(ZoneOffset.UTC).plusHours(2),
                BandwidthSmsConstants.FROM, "Acme Shop"));

        MessageRequest request = MessageRequest.text(FROM, "From a request object", "+15554443333");
        request.setPriority(MessagePriority.DEFAULT);
        request.setApplicationId(APPLICATION_ID);
        accepted("direct:basic", request, Map.of());
    }

    private void accepted(String route, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        assertNull(exchange.getException(), () -> route + " " + headers + ": " + exchange.getException());
        // Prism answers the spec's example message
        assertNotNull(exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertEquals(1, exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT));
    }
}
