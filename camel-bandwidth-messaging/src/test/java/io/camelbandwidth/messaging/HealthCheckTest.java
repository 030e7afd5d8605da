package io.camelbandwidth.messaging;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_SECRET;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The producer health check: UP with good credentials, DOWN with the HTTP status on bad ones, for OAuth2 and Basic.
 */
class HealthCheckTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // as Camel's own component tests do: a registry with the producers repository enabled
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        registry.setCamelContext(context);
        registry.setExposureLevel("full"); // every check's result, not only the DOWN ones
        HealthCheckRepository producers = (HealthCheckRepository) registry.resolveById("producers");
        producers.setEnabled(true);
        registry.register(producers);
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:oauth").routeId("oauth").to(bandwidth.oauthUri("from=" + FROM));
                from("direct:basic").routeId("basic").to(bandwidth.basicUri("from=" + FROM));
                from("direct:wrongClient").routeId("wrongClient")
                        .to(bandwidth.oauthUri("from=" + FROM).replace(CLIENT_SECRET, "not-the-secret"));
                from("direct:wrongPassword").routeId("wrongPassword")
                        .to(bandwidth.basicUri("from=" + FROM).replace(PASSWORD, "not-the-password"));
            }
        };
    }

    /** The results of the bandwidth-sms producer checks, by check id. */
    private Map<String, HealthCheck.Result> results() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context);
        return results.stream().filter(r -> r.getCheck().getId().startsWith("producer:bandwidth-sms-"))
                .collect(Collectors.toMap(r -> r.getCheck().getId(), r -> r));
    }

    /** The result of the check of the one endpoint whose URI contains this credential. */
    private HealthCheck.Result find(Map<String, HealthCheck.Result> results, String credential) {
        Endpoint endpoint = context.getEndpoints().stream().filter(e -> e instanceof BandwidthSmsEndpoint)
                .filter(e -> e.getEndpointUri().contains(credential))
                .findFirst().orElseThrow(() -> new AssertionError("no endpoint with " + credential));
        HealthCheck.Result result = results.get("producer:bandwidth-sms-" + ACCOUNT_ID + "-" + ((BandwidthSmsEndpoint) endpoint).getId());
        if (result == null) {
            throw new AssertionError("no check for " + credential + " in " + results.keySet());
        }
        assertFalse(((String) result.getDetails().get(HealthCheck.ENDPOINT_URI)).contains(credential),
                "secrets are masked in the details");
        return result;
    }

    @Test
    void upWithGoodCredentialsDownWithTheStatusOnBadOnes() {
        Map<String, HealthCheck.Result> results = results();
        assertEquals(4, results.size(), results.keySet().toString());

        HealthCheck.Result oauth = find(results, "clientSecret=RAW(client-secret-Zq8");
        assertEquals(HealthCheck.State.UP, oauth.getState());
        assertEquals(200, oauth.getDetails().get(HealthCheck.HTTP_RESPONSE_CODE));
        assertEquals(HealthCheck.State.UP, find(results, "password=RAW(" + PASSWORD).getState());

        HealthCheck.Result wrongClient = find(results, "not-the-secret");
        assertEquals(HealthCheck.State.DOWN, wrongClient.getState());
        assertEquals(401, wrongClient.getDetails().get(HealthCheck.HTTP_RESPONSE_CODE));
        assertInstanceOf(BandwidthAuthenticationException.class, wrongClient.getError().orElseThrow());

        HealthCheck.Result wrongPassword = find(results, "not-the-password");
        assertEquals(HealthCheck.State.DOWN, wrongPassword.getState());
        assertEquals(401, wrongPassword.getDetails().get(HealthCheck.HTTP_RESPONSE_CODE));
        assertTrue(wrongPassword.getMessage().orElse("").contains("401"));
        assertTrue(bandwidth.simulator().acceptedMessages().isEmpty(), "a health check sends no message");
    }

    @Test
    void revokedTokenIsRenewedOnceAndStaysUp() {
        assertEquals(HealthCheck.State.UP, find(results(), "clientSecret=RAW(client-secret-Zq8").getState());
        bandwidth.simulator().revokeAllTokens();
        assertEquals(HealthCheck.State.UP, find(results(), "clientSecret=RAW(client-secret-Zq8").getState());
    }
}
