package io.camelbandwidth.messaging;

import java.nio.charset.StandardCharsets;

import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.RawHttpClient;
import io.camelbandwidth.messaging.testkit.RawHttpClient.Head;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.PATH;
import static io.camelbandwidth.messaging.testkit.CallbackServer.consumerUri;
import static io.camelbandwidth.messaging.testkit.RawHttpClient.postHead;
import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Refusals that cost nothing: what the headers alone decide (credentials, declared size, content type) is answered
 * before the server reads a byte of the body, so a client that declares a large body and sends none gets its answer at
 * once. A raw socket client sends the headers only.
 */
class CallbackEarlyRefusalTest extends CamelTestSupport {

    /** Far less than anyone waits for a body that never comes. */
    private static final int ANSWER_WITHIN_MILLIS = 3000;
    private static final String AUTHORIZATION = "Authorization: " + basic(HOOK_USER, HOOK_PASSWORD);
    private static final String JSON = "Content-Type: application/json";
    private static final String BODY = "[" + event("message-delivered", "m-early", "+15554443333", null) + "]";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CallbackServer.addTo(context);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri("maxBodySize=4096")).to("mock:callbacks");
            }
        };
    }

    private RawHttpClient connect() throws Exception {
        return new RawHttpClient(CallbackServer.port(context));
    }

    @Test
    void noCredentialsAreChallengedBeforeTheBodyArrives() throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(0);
        try (RawHttpClient client = connect()) {
            client.send(postHead(PATH, JSON, "Content-Length: 5000000", "X-Echo-Me: leak"));

            Head head = client.readHead(ANSWER_WITHIN_MILLIS);

            assertEquals(401, head.status());
            assertTrue(head.headers().getOrDefault("www-authenticate", "").startsWith("Basic realm=\""), head.toString());
            assertNull(head.headers().get("x-echo-me"), "request headers are not echoed");
            assertEquals("Unauthorized", client.readBody(head));
        }
        callbacks.assertIsSatisfied();
    }

    @Test
    void wrongCredentialsAreRefusedBeforeTheBodyArrives() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send(postHead(PATH, "Authorization: " + basic(HOOK_USER, "guess"), JSON, "Content-Length: 5000000"));

            assertEquals(401, client.readHead(ANSWER_WITHIN_MILLIS).status());
        }
    }

    @Test
    void aClientThatExpects100ContinueGetsTheChallengeInsteadAndNeverSendsTheBody() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send(postHead(PATH, JSON, "Content-Length: 5000000", "Expect: 100-continue"));

            assertEquals(401, client.readHead(ANSWER_WITHIN_MILLIS).status(), "no 100 Continue for a stranger");
        }
    }

    @Test
    void authenticationComesBeforeTheDeclaredSize() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send(postHead(PATH, "Content-Type: text/plain", "Content-Length: 1073741824"));

            assertEquals(401, client.readHead(ANSWER_WITHIN_MILLIS).status(), "a stranger learns nothing of the limits");
        }
    }

    @Test
    void aDeclaredSizeOverMaxBodySizeIsRefusedBeforeTheBodyArrives() throws Exception {
        try (RawHttpClient client = connect()) {
            // over the endpoint's maxBodySize (4096), well under the server's own limit
            client.send(postHead(PATH, AUTHORIZATION, JSON, "Content-Length: 100000"));

            Head head = client.readHead(ANSWER_WITHIN_MILLIS);

            assertEquals(413, head.status());
            assertEquals("Payload Too Large", client.readBody(head));
        }
    }

    @Test
    void anUnreadableContentLengthIsRefused() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send(postHead(PATH, AUTHORIZATION, JSON, "Content-Length: -5"));

            assertEquals(400, client.readHead(ANSWER_WITHIN_MILLIS).status());
        }
    }

    @Test
    void anotherContentTypeIsRefusedBeforeTheBodyArrives() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send(postHead(PATH, AUTHORIZATION, "Content-Type: text/plain", "Content-Length: 2000"));

            assertEquals(415, client.readHead(ANSWER_WITHIN_MILLIS).status());
        }
    }

    @Test
    void aChunkedBodyOverTheServerLimitIsRefusedWhileItIsBeingSent() throws Exception {
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(0);
        try (RawHttpClient client = connect()) {
            client.send(postHead(PATH, AUTHORIZATION, JSON, "Transfer-Encoding: chunked"));
            // past the server's limit, then the client stalls without ending the body: only a server that counts
            // while reading can answer now
            for (int i = 0; i < 18; i++) {
                client.sendChunk(64 * 1024);
            }

            assertEquals(413, client.readHead(ANSWER_WITHIN_MILLIS).status());
        }
        callbacks.assertIsSatisfied();
    }

    @Test
    void anAcceptedRequestWithExpect100ContinueGetsTheGoAheadThenTheAnswer() throws Exception {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);
        try (RawHttpClient client = connect()) {
            client.send(postHead(PATH, AUTHORIZATION, JSON, "Expect: 100-continue", "Content-Length: " + body.length));
            assertEquals(100, client.readHead(ANSWER_WITHIN_MILLIS).status());

            client.send(body);

            assertEquals(200, client.readHead(10_000).status());
        }
        callbacks.assertIsSatisfied();
    }

    @Test
    void theConnectionServesBandwidthsSecondAttemptAfterTheChallenge() throws Exception {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        MockEndpoint callbacks = getMockEndpoint("mock:callbacks");
        callbacks.expectedMessageCount(1);
        try (RawHttpClient client = connect()) {
            // the challenge comes before the body was read; the client sends it anyway, then tries again
            client.send(postHead(PATH, JSON, "Content-Length: " + body.length));
            client.send(body);
            Head challenge = client.readHead(ANSWER_WITHIN_MILLIS);
            client.readBody(challenge);
            client.send(postHead(PATH, AUTHORIZATION, JSON, "Content-Length: " + body.length));
            client.send(body);

            Head accepted = client.readHead(10_000);

            assertEquals(401, challenge.status());
            assertEquals(200, accepted.status());
            assertEquals("OK", client.readBody(accepted));
            assertFalse(client.closedWithin(200), "the connection stays open for the next callback");
        }
        callbacks.assertIsSatisfied();
    }
}
