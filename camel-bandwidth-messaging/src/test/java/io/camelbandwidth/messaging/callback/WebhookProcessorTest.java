package io.camelbandwidth.messaging.callback;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook processor alone, without HTTP server nor route (the gate has let the headers pass): the body checks in
 * order, and the answer only when the handler is done.
 */
class WebhookProcessorTest {

    private static final String EVENTS = "[" + event("message-delivered", "m-1", "+15554443333", null)
                                         + "," + event("message-received", "m-2", "+15551113333", null)
                                         + "]";

    private final CamelContext context = new DefaultCamelContext();
    private final List<CallbackBatch> handled = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        context.close();
    }

    private WebhookProcessor processor(EventBatchHandler.Outcome outcome) {
        return new WebhookProcessor(2048, 3, (batch, done) -> {
            handled.add(batch);
            done.accept(outcome);
        });
    }

    private static EventBatchHandler.Outcome processed(int events) {
        return new EventBatchHandler.Outcome(events, 0, 0);
    }

    private Exchange request(String contentType, Object body) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setHeader("X-Request", "not echoed");
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
        Exchange exchange = request("application/json", EVENTS);

        processor(processed(2)).process(exchange);

        assertEquals(200, status(exchange));
        assertEquals(1, handled.size());
        assertEquals(List.of("m-1", "m-2"), handled.get(0).events().stream().map(e -> e.getMessage().getId()).toList());
    }

    @Test
    void answers500WhenAnEventFailed() throws Exception {
        Exchange exchange = request("application/json", EVENTS);

        processor(new EventBatchHandler.Outcome(1, 0, 1)).process(exchange);

        assertEquals(500, status(exchange));
    }

    @Test
    void aMalformedElementIsHandedOnWithTheEventsAndDoesNotFailTheRequest() throws Exception {
        Exchange exchange = request("application/json", "[{\"type\":\"message-delivered\"}," + EVENTS.substring(1));

        processor(processed(2)).process(exchange);

        assertEquals(200, status(exchange));
        CallbackBatch batch = handled.get(0);
        assertEquals(2, batch.events().size());
        assertEquals(0, batch.malformed().get(0).index());
        assertEquals("Event 0 has no message id", batch.malformed().get(0).problem());
    }

    @Test
    void refusesBeforeTheHandlerAndClearsTheRequestHeaders() throws Exception {
        WebhookProcessor processor = processor(processed(0));
        Exchange wrongType = request("text/plain", EVENTS);
        Exchange tooLarge = request("application/json", "[" + " ".repeat(3000) + "]");
        Exchange tooMany = request("application/json", "[" + EVENTS.substring(1, EVENTS.length() - 1) + ","
                                                       + EVENTS.substring(1, EVENTS.length() - 1) + "]");
        Exchange malformed = request("application/json", "[{]");

        for (Exchange exchange : List.of(wrongType, tooLarge, tooMany, malformed)) {
            processor.process(exchange);
            assertNull(exchange.getMessage().getHeader("X-Request"), "request headers are never echoed");
        }

        assertEquals(415, status(wrongType));
        assertEquals(413, status(tooLarge));
        assertEquals(413, status(tooMany));
        assertEquals("Payload Too Large: more than 3 events", tooMany.getMessage().getBody(String.class));
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
        Exchange exchange = request("application/json", endless);

        processor(processed(0)).process(exchange);

        assertEquals(413, status(exchange));
        assertTrue(read.get() <= 2048 + 8192, "stopped reading at the limit: " + read.get());
    }

    @Test
    void readsAStreamedBodyAsTheServletContainerGivesIt() throws Exception {
        Exchange exchange = request("application/json",
                new ByteArrayInputStream(EVENTS.getBytes(StandardCharsets.UTF_8)));

        processor(processed(2)).process(exchange);

        assertEquals(200, status(exchange));
        assertEquals(2, handled.get(0).size());
    }

    @Test
    void aHandlerThatThrowsStillGetsTheRequestAnsweredWithAnError() throws Exception {
        WebhookProcessor processor = new WebhookProcessor(2048, 3,
                (batch, done) -> {
                    throw new IllegalStateException("broken");
                });
        Exchange exchange = request("application/json", EVENTS);

        processor.process(exchange);

        assertEquals(500, status(exchange));
        assertEquals("Internal Server Error", exchange.getMessage().getBody(String.class));
    }

    @Test
    void answersOnlyWhenAnAsynchronousHandlerIsDone() throws Exception {
        CompletableFuture<Runnable> finish = new CompletableFuture<>();
        WebhookProcessor processor = new WebhookProcessor(2048, 3,
                (batch, done) -> finish.complete(() -> done.accept(processed(2))));
        Exchange exchange = request("application/json", EVENTS);
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
