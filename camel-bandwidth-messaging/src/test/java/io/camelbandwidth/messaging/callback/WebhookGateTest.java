package io.camelbandwidth.messaging.callback;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate alone: the header checks in order, and the way engines without a pre-body hook (Spring Boot) use it, in
 * front of the processor. The Vert.x path, before the body is read, is covered by {@code CallbackEarlyRefusalTest}.
 */
class WebhookGateTest {

    private static final String AUTH = basic("u", "p");

    private final CamelContext context = new DefaultCamelContext();
    private final WebhookGate gate = new WebhookGate(CallbackCredentials.basic("u", "p"), 2048);

    @AfterEach
    void stop() throws Exception {
        context.close();
    }

    private Exchange request(String authorization, String contentType, String contentLength) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setHeader("X-Request", "not echoed");
        exchange.getIn().setHeader("Authorization", authorization);
        exchange.getIn().setHeader(Exchange.CONTENT_TYPE, contentType);
        exchange.getIn().setHeader(Exchange.CONTENT_LENGTH, contentLength);
        return exchange;
    }

    private int refusal(Exchange exchange) {
        assertFalse(gate.authenticate(null, exchange));
        assertNull(exchange.getMessage().getHeader("X-Request"), "request headers are never echoed");
        return exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    }

    @Test
    void checksCredentialsThenDeclaredSizeThenContentType() {
        Exchange stranger = request(null, "text/plain", "999999");
        Exchange tooLarge = request(AUTH, "text/plain", "2049");
        Exchange unreadableLength = request(AUTH, "application/json", "12abc");
        Exchange wrongType = request(AUTH, "text/plain", "2048");

        assertEquals(401, refusal(stranger));
        assertEquals(WebhookAnswers.CHALLENGE, stranger.getMessage().getHeader("WWW-Authenticate"));
        assertEquals(413, refusal(tooLarge));
        assertEquals(400, refusal(unreadableLength));
        assertEquals(415, refusal(wrongType));
        assertTrue(gate.authenticate(null, request(AUTH, "application/json; charset=utf-8", "2048")));
        assertTrue(gate.authenticate(null, request(AUTH, "application/json", null)), "chunked: no length declared");
    }

    @Test
    void withoutHookTheGateRunsInFrontOfTheProcessor() throws Exception {
        AtomicInteger reached = new AtomicInteger();
        Processor processor = gate.wrapProcessor(null, exchange -> reached.incrementAndGet());
        Exchange stranger = request(null, "application/json", "10");
        Exchange bandwidth = request(AUTH, "application/json", "10");

        processor.process(stranger);
        processor.process(bandwidth);

        assertEquals(401, stranger.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        assertEquals(1, reached.get(), "only the authenticated request reached the processor");
    }
}
