package io.camelbandwidth.messaging;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.PATH;
import static io.camelbandwidth.messaging.testkit.CallbackServer.consumerUri;
import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.WebhookClient.JSON;
import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bandwidth's webhook authentication: a challenge for a request without credentials, a refusal for wrong ones.
 */
class CallbackAuthenticationTest extends CamelTestSupport {

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

    private static final String BODY = "[" + event("message-delivered", "m-auth", "+15554443333", null) + "]";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri("")).to("mock:callbacks");
            }
        };
    }

    private static void assertChallenge(HttpResponse<String> response) {
        assertEquals(401, response.statusCode());
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Basic realm=\""), "a Basic challenge Bandwidth answers: " + challenge);
        assertFalse(response.headers().firstValue("Authorization").isPresent(), "request headers are not echoed");
    }

    @Test
    void requestWithoutCredentialsIsChallengedAndReachesNoRoute() throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(0);

        assertChallenge(webhook.post(PATH, JSON, null, BODY));

        callbacks.assertIsSatisfied();
    }

    @Test
    void theChallengeIsAnsweredWithTheCredentialsAndTheEventIsProcessedOnce() throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);

        // as Bandwidth does it: first without credentials, then with them
        HttpResponse<String> challenge = webhook.post(PATH, JSON, null, BODY);
        HttpResponse<String> accepted = webhook.post(PATH, JSON, basic(HOOK_USER, HOOK_PASSWORD), BODY);

        assertChallenge(challenge);
        assertEquals(200, accepted.statusCode());
        callbacks.assertIsSatisfied();
        assertEquals("m-auth", callbacks.getReceivedExchanges().get(0).getMessage()
                .getHeader(BandwidthSmsConstants.MESSAGE_ID));
    }

    @Test
    void theSimulatorAnswersTheChallengeLikeBandwidth() throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);

        bandwidth.simulator().sendInbound(ACCOUNT_ID, "+15557778888", FROM, "Hello", List.of());

        callbacks.assertIsSatisfied(WAIT.toMillis());
        WebhookClient.awaitAcknowledged(bandwidth.simulator(), 1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "wrong-password", "hook-pass-Z9", "hook-pass-Z9!!", "" })
    void wrongPasswordIsRefused(String password) throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(0);

        assertChallenge(webhook.post(PATH, JSON, basic(HOOK_USER, password), BODY));

        callbacks.assertIsSatisfied();
    }

    @Test
    void wrongUserIsRefused() throws Exception {
        assertChallenge(webhook.post(PATH, JSON, basic("someone", HOOK_PASSWORD), BODY));
        assertChallenge(webhook.post(PATH, JSON, basic(HOOK_USER.toUpperCase(), HOOK_PASSWORD), BODY));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bearer abc", "Basic", "Basic !!!not-base64!!!", "Digest username=\"hook-user\"" })
    void otherAuthorizationIsRefused(String authorization) throws Exception {
        getMockEndpoint("mock:callbacks").expectedMessageCount(0);

        assertChallenge(webhook.post(PATH, JSON, authorization, BODY));

        getMockEndpoint("mock:callbacks").assertIsSatisfied();
    }

    @Test
    void schemeIsCaseInsensitive() {
        String token = Base64.getEncoder().encodeToString((HOOK_USER + ":" + HOOK_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, webhook.post(PATH, JSON, "basic " + token, BODY).statusCode());
    }

    @Test
    void authenticationComesBeforeAnyOtherCheck() {
        // an unauthenticated caller learns nothing about what the endpoint accepts
        assertChallenge(webhook.post(PATH, "text/plain", null, "not json"));
        assertChallenge(webhook.post(PATH, JSON, basic(HOOK_USER, "wrong"), "{"));
    }
}
