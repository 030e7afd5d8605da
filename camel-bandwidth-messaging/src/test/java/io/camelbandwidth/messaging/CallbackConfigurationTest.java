package io.camelbandwidth.messaging;

import java.net.http.HttpResponse;
import java.time.Duration;

import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.ObjectHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.PATH;
import static io.camelbandwidth.messaging.testkit.CallbackServer.consumerUri;
import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.WebhookClient.JSON;
import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's options: defaults, validation, secrets, and a consumer that needs no API credentials.
 */
class CallbackConfigurationTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create(simulator -> simulator
            .callbackCredentials(HOOK_USER, HOOK_PASSWORD).callbackRetry(3, Duration.ofMillis(50)));

    private WebhookClient webhook;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CallbackServer.addTo(context);
        return context;
    }

    @Override
    protected void doPostSetup() {
        bandwidth.simulator().callbackUrl(CallbackServer.url(context));
        webhook = new WebhookClient(CallbackServer.port(context));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // no routes: the tests add them
            }
        };
    }

    private void route(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:callbacks");
            }
        });
    }

    @Test
    void aConsumerNeedsNoApiCredentialsNorApplicationAndListensOnTheDefaultPath() throws Exception {
        route("bandwidth-sms:" + ACCOUNT_ID + "?callbackUsername=" + HOOK_USER + "&callbackPassword=RAW("
              + HOOK_PASSWORD + ")");
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);

        assertEquals("/bandwidth/callbacks", PATH);
        assertEquals(200, webhook.post("[" + event("message-delivered", "m-1", "+15554443333", null) + "]").statusCode());

        callbacks.assertIsSatisfied();
    }

    @Test
    void withoutCallbackCredentialsAConsumerDoesNotStart() {
        Exception e = assertThrows(Exception.class, () -> route("bandwidth-sms:" + ACCOUNT_ID + "?webhookPath=/open"));

        IllegalArgumentException cause = ObjectHelper.getException(IllegalArgumentException.class, e);
        assertTrue(cause != null && cause.getMessage().contains("callbackUsername")
                   && cause.getMessage().contains("allowUnauthenticatedCallbacks"), e.toString());
        assertEquals(404, webhook.post("/open", JSON, null, "[]").statusCode(), "nothing listens");
    }

    @Test
    void aProducerEndpointNeedsNoCallbackCredentials() {
        Endpoint endpoint = context.getEndpoint("bandwidth-sms:" + ACCOUNT_ID + "?applicationId=a&clientId=c&clientSecret=s");

        assertFalse(((BandwidthSmsEndpoint) endpoint).getConfiguration().hasCallbackCredentials());
    }

    @Test
    void allowUnauthenticatedCallbacksAcceptsEveryRequest() throws Exception {
        route("bandwidth-sms:" + ACCOUNT_ID + "?webhookPath=/open&allowUnauthenticatedCallbacks=true");
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);

        HttpResponse<String> response = webhook.post("/open", JSON, null,
                "[" + event("message-delivered", "m-1", "+15554443333", null) + "]");

        assertEquals(200, response.statusCode());
        callbacks.assertIsSatisfied();
    }

    @Test
    void credentialsAreCheckedEvenWhereUnauthenticatedCallbacksAreAllowed() throws Exception {
        context.getComponent("bandwidth-sms", BandwidthSmsComponent.class).getConfiguration()
                .setAllowUnauthenticatedCallbacks(true);
        route(consumerUri("webhookPath=/checked"));
        String body = "[" + event("message-delivered", "m-1", "+15554443333", null) + "]";

        assertEquals(401, webhook.post("/checked", JSON, null, body).statusCode());
        assertEquals(200, webhook.post("/checked", JSON, basic(HOOK_USER, HOOK_PASSWORD), body).statusCode());
    }

    @Test
    void anIdempotentRepositoryNeedsCallbackCredentials() {
        context.getRegistry().bind("seen", new MemoryIdempotentRepository());

        Exception e = assertThrows(Exception.class, () -> route("bandwidth-sms:" + ACCOUNT_ID
                                                                + "?allowUnauthenticatedCallbacks=true&idempotentRepository=#seen"));

        IllegalArgumentException cause = ObjectHelper.getException(IllegalArgumentException.class, e);
        assertTrue(cause != null && cause.getMessage().contains("idempotentRepository")
                   && cause.getMessage().contains("forged"), e.toString());
    }

    @Test
    void stoppingTheRouteStopsListening() throws Exception {
        route(consumerUri("webhookPath=/stoppable"));
        String body = "[" + event("message-delivered", "m-1", "+15554443333", null) + "]";
        assertEquals(200, webhook.post("/stoppable", JSON, basic(HOOK_USER, HOOK_PASSWORD), body).statusCode());

        context.getRouteController().stopRoute(context.getRoutes().get(0).getRouteId());

        assertEquals(404, webhook.post("/stoppable", JSON, basic(HOOK_USER, HOOK_PASSWORD), body).statusCode());
    }

    @Test
    void twoConsumersCannotShareAPath() throws Exception {
        route(consumerUri("webhookPath=/shared"));

        Exception e = assertThrows(Exception.class, () -> route(consumerUri("webhookPath=/shared&tag=second")));

        assertTrue(String.valueOf(ObjectHelper.getException(IllegalStateException.class, e))
                .contains("/shared"), e.toString());
        context.getRouteController().stopRoute(context.getRoutes().get(0).getRouteId());
        route(consumerUri("webhookPath=/shared&tag=third"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "webhookPath=callbacks", "webhookPath=/a b", "webhookPath=/a?b=c", "webhookPath=/{id}",
            "callbackUsername=u", "callbackPassword=p", "callbackUsername=a:b&callbackPassword=p", "maxBodySize=0",
            "maxEventsPerRequest=0" })
    void wrongConsumerOptionsAreRefusedWhenTheEndpointIsCreated(String options) {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("bandwidth-sms:" + ACCOUNT_ID + "?" + options));
        String message = e.getCause().getMessage();
        assertTrue(message.contains("webhookPath") || message.contains("callbackUsername")
                   || message.contains("maxBodySize") || message.contains("maxEventsPerRequest"), message);
    }

    @Test
    void callbackCredentialsAreMasked() {
        Endpoint endpoint = context.getEndpoint("bandwidth-sms:" + ACCOUNT_ID + "?callbackUsername=hook-name-7"
                                                + "&callbackPassword=RAW(hook-secret-8)");
        String shown = endpoint.toString();
        assertFalse(shown.contains("hook-secret-8"), shown);
        assertFalse(shown.contains("hook-name-7"), shown);
    }

    @Test
    void defaults() {
        BandwidthSmsConfiguration conf = context.getEndpoint("bandwidth-sms:" + ACCOUNT_ID, BandwidthSmsEndpoint.class)
                .getConfiguration();
        assertEquals("/bandwidth/callbacks", conf.getWebhookPath());
        assertEquals(1024 * 1024, conf.getMaxBodySize());
        assertEquals(1000, conf.getMaxEventsPerRequest());
        assertFalse(conf.hasCallbackCredentials());
        assertFalse(conf.isAllowUnauthenticatedCallbacks());
    }
}
