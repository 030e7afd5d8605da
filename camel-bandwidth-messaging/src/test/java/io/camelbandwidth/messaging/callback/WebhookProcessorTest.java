package io.camelbandwidth.messaging.callback;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelbandwidth.messaging.model.BandwidthCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook processor alone, without HTTP server nor route: the checks in order, and the answer only when the
 * handler is done.
 */
class WebhookProcessorTest {

    private static final String AUTH = basic("u", "p");
    private static final String EVENTS = "[" + event("message-delivered", "m-1", "+15554443333", null)
                                         + "," + event("message-received", "m-2", "+15551113333", null)
                                         + "]";

    private final CamelContext context = new DefaultCamelContext();
    private final List<List<BandwidthCallback>> handled = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        context.close();
    }

    private WebhookProcessor processor(EventBatchHandler.Outcome outcome) {
        return new WebhookProcessor(CallbackCredentials.basic("u", "p"), 2048, (events, done) -> {
            handled.add(events);
            done.accept(outcome);
        });
    }

    private Exchange request(String authorization, String contentType, Object body) {
        Exchange exchange = new DefaultExchange(context);
        if (authorization != null) {
            exchange.getIn().setHeader("Authorization", authorization);
        }
        if (contentType != null) {
            exchange.getIn().setHeader(Exchange.CONTENT_TYPE, contentType);
        }
        exchange.getIn().setBody(body);
        return exchange;
    }

    private static int status(Exchange exchange) {
        return exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    }

    @Test
    void passesTheEventsInOrderAndAnswers200() throws Exception {
        Exchange exchange = request(AUTH, "application/json", EVENTS);

        processor(new EventBatchHandler.Outcome(2, 0, 0)).process(exchange);

        assertEquals(200, status(exchange));
        assertEquals(1, handled.size());
        assertEquals(List.of("m-1", "m-2"), handled.get(0).stream().map(e -> e.getMessage().getId()).toList());
    }

    @Test
    void answers500WhenAnEventFailed() throws Exception {
        Exchange exchange = request(AUTH, "application/json", EVENTS);

        processor(new EventBatchHandler.Outcome(1, 0, 1)).process(exchange);

        assertEquals(500, status(exchange));
    }

    @Test
    void refusesBeforeTheHandlerAndClearsTheRequestHeaders() throws Exception {
        WebhookProcessor processor = processor(new EventBatchHandler.Outcome(0, 0, 0));
        Exchange unauthenticated = request(null, "application/json", EVENTS);
        Exchange wrongType = request(AUTH, "text/plain", EVENTS);
        Exchange tooLarge = request(AUTH, "application/json", "[" + " ".repeat(3000) + "]");
        Exchange malformed = request(AUTH, "application/json", "[{]");

        for (Exchange exchange : List.of(unauthenticated, wrongType, tooLarge, malformed)) {
            processor.process(exchange);
            assertNull(exchange.getMessage().getHeader("Authorization"), "request headers are never echoed");
        }

        assertEquals(401, status(unauthenticated));
        assertEquals(WebhookProcessor.CHALLENGE, unauthenticated.getMessage().getHeader("WWW-Authenticate"));
        assertEquals(415, status(wrongType));
        assertEquals(413, status(tooLarge));
        assertEquals(400, status(malformed));
        assertTrue(handled.isEmpty(), "nothing reached the handler");
    }

    @Test
    void readsAStreamedBodyNoFurtherThanTheLimit() throws Exception {
        AtomicInteger read = new AtomicInteger();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return ' ';
            }
        };
        Exchange exchange = request(AUTH, "application/json", endless);

        processor(new EventBatchHandler.Outcome(0, 0, 0)).process(exchange);

        assertEquals(413, status(exchange));
        assertTrue(read.get() <= 2048 + 8192, "stopped reading at the limit: " + read.get());
    }

    @Test
    void readsAStreamedBodyAsTheServletContainerGivesIt() throws Exception {
        Exchange exchange = request(AUTH, "application/json",
                new ByteArrayInputStream(EVENTS.getBytes(StandardCharsets.UTF_8)));

        processor(new EventBatchHandler.Outcome(2, 0, 0)).process(exchange);

        assertEquals(200, status(exchange));
        assertEquals(2, handled.get(0).size());
    }

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutReading() throws Exception {
        Exchange exchange = request(AUTH, "application/json", EVENTS);
        exchange.getIn().setHeader(Exchange.CONTENT_LENGTH, "4096");

        processor(new EventBatchHandler.Outcome(0, 0, 0)).process(exchange);

        assertEquals(413, status(exchange));
    }

    @Test
    void aHandlerThatThrowsStillGetsTheRequestAnsweredWithAnError() throws Exception {
        WebhookProcessor processor = new WebhookProcessor(CallbackCredentials.open(), 2048,
                (events, done) -> {
                    throw new IllegalStateException("broken");
                });
        Exchange exchange = request(null, "application/json", EVENTS);

        processor.process(exchange);

        assertEquals(500, status(exchange));
        assertEquals("Internal Server Error", exchange.getMessage().getBody(String.class));
    }

    @Test
    void answersOnlyWhenAnAsynchronousHandlerIsDone() throws Exception {
        CompletableFuture<Runnable> finish = new CompletableFuture<>();
        WebhookProcessor processor = new WebhookProcessor(CallbackCredentials.open(), 2048,
                (events, done) -> finish.complete(() -> done.accept(new EventBatchHandler.Outcome(2, 0, 0))));
        Exchange exchange = request(null, "application/json", EVENTS);
        CompletableFuture<Boolean> answered = new CompletableFuture<>();

        boolean sync = processor.process(exchange, doneSync -> answered.complete(doneSync));

        assertFalse(sync);
        assertFalse(answered.isDone(), "no answer while events are in flight");
        assertNull(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        CompletableFuture.runAsync(finish.get(5, TimeUnit.SECONDS));
        assertFalse(answered.get(5, TimeUnit.SECONDS));
        assertEquals(200, status(exchange));
    }
}
