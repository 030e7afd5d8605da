package io.camelbandwidth.benchmarks;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.io.CloseMode;

/**
 * The load generator of one callback route: each {@link #send} POSTs one request of {@link #batch} events, as
 * Bandwidth does after the challenge (Basic credentials, {@code application/json}), and completes when the answer is
 * {@code 200}. Events are numbered per route from 0, in their message ids, so that the route's {@link CallbackLedger}
 * can check that each was processed exactly once.
 */
final class CallbackVariant implements Variant {

    private static final String AUTHORIZATION = Variant.Target.basic(CallbackServerMain.USER,
            CallbackServerMain.PASSWORD);
    private static final ContentType JSON = ContentType.create("application/json", "UTF-8");

    private final String route;
    private final String uri;
    private final AtomicLong nextEvent = new AtomicLong();
    private final LongAdder eventsAcknowledged = new LongAdder();
    private final LongAdder eventsRefused = new LongAdder();
    private volatile int batch = 1;
    private CloseableHttpAsyncClient client;

    CallbackVariant(String route, int port) {
        this.route = route;
        this.uri = "http://127.0.0.1:" + port + CallbackServerMain.path(route);
    }

    @Override
    public String key() {
        return route;
    }

    /** The route this variant posts to, and what is compared with what. */
    @Override
    public String description() {
        return switch (route) {
            case "consumer" -> "the component's consumer: from(\"bandwidth-sms:...?callbackUsername=...\"), typed "
                               + "events, checks and headers, one exchange per event";
            case "floor" -> "its floor: from(\"platform-http:...\"), credentials checked, unmarshal(Jackson, List of "
                            + "Maps), split(body())";
            case "consumer+idem" -> "the consumer with idempotentRepository=MemoryIdempotentRepository("
                                    + CallbackServerMain.REPOSITORY_SIZE + ")";
            case "floor+idem" -> "the floor with idempotentConsumer(message id|type|to) on a MemoryIdempotentRepository("
                                 + CallbackServerMain.REPOSITORY_SIZE + ") in the split";
            default -> route;
        };
    }

    /** The floor this route is compared with. */
    static String floorOf(String route) {
        return route.replace("consumer", "floor");
    }

    void batch(int events) {
        this.batch = events;
    }

    int batch() {
        return batch;
    }

    long eventsPosted() {
        return nextEvent.get();
    }

    long eventsAcknowledged() {
        return eventsAcknowledged.sum();
    }

    long eventsRefused() {
        return eventsRefused.sum();
    }

    @Override
    public void start() {
        client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(200).setMaxConnPerRoute(100).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableConnectionState()
                .build();
        client.start();
    }

    @Override
    public void send(long seq, Completion completion) {
        int events = batch;
        long first = nextEvent.getAndAdd(events);
        SimpleHttpRequest request = SimpleRequestBuilder.post(uri)
                .setHeader(HttpHeaders.AUTHORIZATION, AUTHORIZATION)
                .setBody(CallbackEvents.batch(first, events), JSON)
                .build();
        client.execute(SimpleRequestProducer.create(request), SimpleResponseConsumer.create(), null,
                new FutureCallback<SimpleHttpResponse>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        if (response.getCode() == 200) {
                            eventsAcknowledged.add(events);
                            completion.done(null);
                        } else {
                            eventsRefused.add(events);
                            completion.done(new IOException("HTTP " + response.getCode() + ": "
                                                            + response.getBodyText()));
                        }
                    }

                    @Override
                    public void failed(Exception e) {
                        eventsRefused.add(events);
                        completion.done(e);
                    }

                    @Override
                    public void cancelled() {
                        eventsRefused.add(events);
                        completion.done(new IOException("cancelled"));
                    }
                });
    }

    @Override
    public void close() {
        if (client != null) {
            client.close(CloseMode.GRACEFUL);
        }
    }
}
