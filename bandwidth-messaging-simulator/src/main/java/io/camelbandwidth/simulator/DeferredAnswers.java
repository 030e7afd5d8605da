package io.camelbandwidth.simulator;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The answers a fault holds back, for every endpoint: one sent later without a server thread waiting, or none at
 * all (a stalled request, whose connection stays open until {@link #closeStalled()}).
 */
final class DeferredAnswers {

    private final ScheduledExecutorService scheduler;
    private final Executor responder;
    private final Set<HttpExchange> stalled = ConcurrentHashMap.newKeySet();

    DeferredAnswers(ScheduledExecutorService scheduler, Executor responder) {
        this.scheduler = scheduler;
        this.responder = responder;
    }

    /** Never answers the exchange; its connection stays open until {@link #closeStalled()}. */
    void stall(HttpExchange exchange) {
        stalled.add(exchange);
    }

    /** Closes the connections of stalled requests. */
    void closeStalled() {
        for (HttpExchange exchange : stalled) {
            stalled.remove(exchange);
            Exchanges.drop(exchange);
        }
    }

    /** Sends the answer after the delay. */
    void sendLater(HttpExchange exchange, ApiResponse response, Duration delay) {
        Runnable send = () -> {
            try {
                Exchanges.send(exchange, response);
            } catch (IOException | RuntimeException e) {
                exchange.close();
            }
        };
        try {
            scheduler.schedule(() -> {
                try {
                    responder.execute(send);
                } catch (RejectedExecutionException stopping) {
                    exchange.close();
                }
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            exchange.close();
        }
    }
}
