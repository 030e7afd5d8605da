package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.IntSupplier;

/**
 * A webhook receiver for the tests. With credentials, it answers like a Bandwidth application's endpoint should:
 * 401 + {@code WWW-Authenticate: Basic} without (or with wrong) credentials, 200 with them. Collects the events of
 * the accepted posts.
 */
final class CallbackReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final String expectedAuthorization;
    private final boolean challenge;
    private final List<JsonNode> events = new ArrayList<>();
    private volatile IntSupplier forcedStatus = () -> 0;

    /**
     * @param user      expected user, or null to accept anything
     * @param password  expected password
     * @param challenge whether a 401 carries {@code WWW-Authenticate}
     */
    CallbackReceiver(String user, String password, boolean challenge) throws IOException {
        this.expectedAuthorization = user == null ? null : Http.basic(user, password);
        this.challenge = challenge;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(executor);
        server.createContext("/callbacks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = forcedStatus.getAsInt();
            if (status == 0) {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                status = expectedAuthorization == null || expectedAuthorization.equals(authorization) ? 200 : 401;
            }
            if (status == 401 && challenge) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"test\"");
            }
            if (status == 200) {
                JsonNode array = Http.json(new String(body, StandardCharsets.UTF_8));
                synchronized (events) {
                    array.forEach(events::add);
                    events.notifyAll();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callbacks";
    }

    /** Answers this status (0 = normal behaviour) to the next posts. */
    void forceStatus(IntSupplier status) {
        this.forcedStatus = status;
    }

    List<JsonNode> awaitEvents(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (events) {
            while (events.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Timed out waiting for " + count + " events; got " + events);
                }
                events.wait(Math.max(1, left / 1_000_000));
            }
            return List.copyOf(events);
        }
    }

    List<JsonNode> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
