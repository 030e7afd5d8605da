package io.camelbandwidth.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.camelbandwidth.simulator.CallbackAttempt;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.junit.jupiter.api.BeforeAll;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the callback consumer on a real Vert.x platform-http server on loopback, with the simulator posting its
 * webhooks there (challenge answered with {@link #HOOK_USER}/{@link #HOOK_PASSWORD}), and a plain HTTP client to post
 * bodies of the test's own.
 */
abstract class CallbackTestSupport extends BandwidthTestSupport {

    static final String HOOK_USER = "hook-user";
    static final String HOOK_PASSWORD = "hook-pass-Z9!";
    static final String PATH = "/bandwidth/callbacks";
    static final String JSON = "application/json; charset=utf-8";
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static int port;

    /** Hides {@link BandwidthTestSupport#startSimulator()}: this simulator posts callbacks to the consumer. */
    @BeforeAll
    static void startSimulator() {
        port = freePort();
        simulator = simulatorBuilder()
                .callbackUrl(callbackUrl())
                .callbackCredentials(HOOK_USER, HOOK_PASSWORD)
                .callbackRetry(3, Duration.ofMillis(50))
                .build()
                .start();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    /**
     * Waits until the simulator has had each of {@code events} callbacks acknowledged after the challenge (401 then
     * 200 each), so that no answer is still in flight when the test stops the Camel context.
     */
    static void awaitAcknowledged(int events) {
        List<CallbackAttempt> attempts = simulator.awaitCallbackAttempts(2 * events, WAIT);
        // in completion order: a route that sends may get its message's status before it answers
        assertEquals(events, attempts.stream().filter(a -> !a.authorizationSent() && a.status() == 401).count(),
                () -> "one challenge per callback: " + attempts);
        assertEquals(events, attempts.stream().filter(a -> a.authorizationSent() && a.status() == 200).count(),
                () -> "one acknowledgement per callback: " + attempts);
        assertEquals(2 * events, attempts.size(), () -> "no other attempt: " + attempts);
    }

    static String callbackUrl() {
        return "http://127.0.0.1:" + port + PATH;
    }

    /** A consumer URI with the callback credentials, with extra query options appended. */
    static String consumerUri(String extraOptions) {
        return "bandwidth-sms:" + ACCOUNT_ID + "?callbackUsername=" + HOOK_USER + "&callbackPassword=RAW("
               + HOOK_PASSWORD + ")" + (extraOptions.isEmpty() ? "" : "&" + extraOptions);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ':' + password).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs to the consumer's path as Bandwidth does after the challenge: with the right credentials. */
    static HttpResponse<String> post(String body) {
        return post(PATH, JSON, basic(HOOK_USER, HOOK_PASSWORD), body);
    }

    static HttpResponse<String> post(String path, String contentType, String authorization, String body) {
        return post(path, contentType, authorization, HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> post(String path, String contentType, String authorization,
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

    /** One event shaped like Bandwidth's documentation, as JSON. */
    static String event(String type, String messageId, String to, Integer errorCode) {
        return "{\"type\":\"" + type + "\",\"time\":\"2026-11-27T16:51:27.704450Z\",\"description\":\"ok\","
               + "\"to\":\"" + to + "\"" + (errorCode == null ? "" : ",\"errorCode\":" + errorCode)
               + ",\"message\":{\"id\":\"" + messageId + "\",\"owner\":\"+15551113333\","
               + "\"applicationId\":\"" + APPLICATION_ID + "\",\"time\":\"2026-11-27T16:51:26.1Z\","
               + "\"segmentCount\":1,\"direction\":\"out\",\"to\":[\"" + to + "\"],\"from\":\"+15551113333\","
               + "\"text\":\"\",\"tag\":\"tag-" + messageId + "\"}}";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
