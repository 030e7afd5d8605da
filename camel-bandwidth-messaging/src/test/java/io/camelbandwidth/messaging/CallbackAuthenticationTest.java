package io.camelbandwidth.messaging;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bandwidth's webhook authentication: a challenge for a request without credentials, a refusal for wrong ones.
 */
class CallbackAuthenticationTest extends CallbackTestSupport {

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

        assertChallenge(post(PATH, JSON, null, BODY));

        callbacks.assertIsSatisfied();
    }

    @Test
    void theChallengeIsAnsweredWithTheCredentialsAndTheEventIsProcessedOnce() throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);

        // as Bandwidth does it: first without credentials, then with them
        HttpResponse<String> challenge = post(PATH, JSON, null, BODY);
        HttpResponse<String> accepted = post(PATH, JSON, basic(HOOK_USER, HOOK_PASSWORD), BODY);

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

        simulator.sendInbound(ACCOUNT_ID, "+15557778888", FROM, "Hello", List.of());

        callbacks.assertIsSatisfied(WAIT.toMillis());
        awaitAcknowledged(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "wrong-password", "hook-pass-Z9", "hook-pass-Z9!!", "" })
    void wrongPasswordIsRefused(String password) throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(0);

        assertChallenge(post(PATH, JSON, basic(HOOK_USER, password), BODY));

        callbacks.assertIsSatisfied();
    }

    @Test
    void wrongUserIsRefused() throws Exception {
        assertChallenge(post(PATH, JSON, basic("someone", HOOK_PASSWORD), BODY));
        assertChallenge(post(PATH, JSON, basic(HOOK_USER.toUpperCase(), HOOK_PASSWORD), BODY));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bearer abc", "Basic", "Basic !!!not-base64!!!", "Digest username=\"hook-user\"" })
    void otherAuthorizationIsRefused(String authorization) throws Exception {
        getMockEndpoint("mock:callbacks").expectedMessageCount(0);

        assertChallenge(post(PATH, JSON, authorization, BODY));

        getMockEndpoint("mock:callbacks").assertIsSatisfied();
    }

    @Test
    void schemeIsCaseInsensitive() {
        String token = Base64.getEncoder().encodeToString((HOOK_USER + ":" + HOOK_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, post(PATH, JSON, "basic " + token, BODY).statusCode());
    }

    @Test
    void authenticationComesBeforeAnyOtherCheck() {
        // an unauthenticated caller learns nothing about what the endpoint accepts
        assertChallenge(post(PATH, "text/plain", null, "not json"));
        assertChallenge(post(PATH, JSON, basic(HOOK_USER, "wrong"), "{"));
    }
}
