package io.camelbandwidth.messaging.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.camelbandwidth.simulator.BandwidthSimulator;
import io.camelbandwidth.simulator.CallbackAttempt;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Posts webhook requests of a test's own to the callback consumer, as Bandwidth (or anybody else) would.
 */
public final class WebhookClient {

    public static final String JSON = "application/json; charset=utf-8";
    public static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final int port;

    public WebhookClient(int port) {
        this.port = port;
    }

    /** POSTs to the consumer's path as Bandwidth does after the challenge: with the right credentials. */
    public HttpResponse<String> post(String body) {
        return post(PATH, JSON, basic(HOOK_USER, HOOK_PASSWORD), body);
    }

    public HttpResponse<String> post(String path, String contentType, String authorization, String body) {
        return post(path, contentType, authorization, HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> post(String path, String contentType, String authorization,
                                     HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ':' + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One event shaped like Bandwidth's documentation, as JSON. */
    public static String event(String type, String messageId, String to, Integer errorCode) {
        return "{\"type\":\"" + type + "\",\"time\":\"2026-11-27T16:51:27.704450Z\",\"description\":\"ok\","
               + "\"to\":\"" + to + "\"" + (errorCode == null ? "" : ",\"errorCode\":" + errorCode)
               + ",\"message\":{\"id\":\"" + messageId + "\",\"owner\":\"+15551113333\","
               + "\"applicationId\":\"" + TestAccount.APPLICATION_ID + "\",\"time\":\"2026-11-27T16:51:26.1Z\","
               + "\"segmentCount\":1,\"direction\":\"out\",\"to\":[\"" + to + "\"],\"from\":\"+15551113333\","
               + "\"text\":\"\",\"tag\":\"tag-" + messageId + "\"}}";
    }

    /**
     * Waits until the simulator has had each of {@code events} callbacks acknowledged after the challenge (401 then
     * 200 each), so that no answer is still in flight when the test stops the Camel context.
     */
    public static void awaitAcknowledged(BandwidthSimulator simulator, int events) {
        List<CallbackAttempt> attempts = simulator.awaitCallbackAttempts(2 * events, TestAccount.WAIT);
        // in completion order: a route that sends may get its message's status before it answers
        assertEquals(events, attempts.stream().filter(a -> !a.authorizationSent() && a.status() == 401).count(),
                () -> "one challenge per callback: " + attempts);
        assertEquals(events, attempts.stream().filter(a -> a.authorizationSent() && a.status() == 200).count(),
                () -> "one acknowledgement per callback: " + attempts);
        assertEquals(2 * events, attempts.size(), () -> "no other attempt: " + attempts);
    }
}
