package io.camelbandwidth.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultsTest {

    private static final String JSON = "application/json";

    private BandwidthSimulator sim;
    private URI messages;

    @BeforeEach
    void start() {
        // one worker thread: proves delayed and stalled requests park no server thread
        sim = BandwidthSimulator.builder().threads(1).build().start();
        messages = sim.messagesUri("9900000");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private HttpResponse<String> send() throws IOException, InterruptedException {
        return Http.post(messages, JSON, null, Http.sms("hi", "+15554443333"));
    }

    @Test
    void respondsWithStatusNTimesThenNormally() throws Exception {
        sim.faults().respond(FaultResponse.status(429).header("Retry-After", "2"), 2).respond(500, 1);
        assertEquals(3, sim.faults().pending());

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> limited = send();
            assertEquals(429, limited.statusCode());
            assertEquals("2", limited.headers().firstValue("Retry-After").orElse(null));
            assertEquals("max-message-queue-size-exceeded", Http.json(limited.body()).path("type").asText());
            assertFalse(Http.json(limited.body()).path("description").asText().isEmpty());
        }
        HttpResponse<String> error = send();
        assertEquals(500, error.statusCode());
        assertEquals("internal-server-error", Http.json(error.body()).path("type").asText());
        assertEquals(202, send().statusCode());
        assertEquals(1, sim.acceptedCount());
        assertEquals(0, sim.faults().pending());
        assertEquals(429, sim.requests().get(0).status());
    }

    @Test
    void aRateLimitAnswersWithTheBodyAndHeadersTheSpecShowsForEachOperation() throws Exception {
        sim.faults(ApiOperation.LIST_MESSAGES).respond(429, 1).respond(FaultResponse.status(429), 1)
                .respond(FaultResponse.status(429).header("Retry-After", "7"), 1);
        sim.faults(ApiOperation.LIST_MEDIA).respond(429, 1);
        URI list = URI.create(sim.messagesUri("9900000") + "?messageId=abc");

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> limited = Http.get(list);
            assertEquals(429, limited.statusCode());
            // spec listMessagesTooManyRequestsError: Retry-After (its example: 300) and rate_limit_exceeded
            assertEquals("300", limited.headers().firstValue("Retry-After").orElse(null));
            assertEquals("rate_limit_exceeded", Http.json(limited.body()).path("type").asText());
        }
        assertEquals("7", Http.get(list).headers().firstValue("Retry-After").orElse(null), "a header set wins");
        HttpResponse<String> media = Http.get(URI.create(sim.baseUri() + "/users/9900000/media"));
        assertEquals(429, media.statusCode());
        assertTrue(media.headers().firstValue("Retry-After").isEmpty(), "the spec shows none for media");
        assertFalse(Http.json(media.body()).path("type").asText().isEmpty());
        HttpResponse<String> create = Http.post(messages, JSON, null, Http.sms("hi", "+15554443333"));
        assertEquals(202, create.statusCode(), "the create-message queue is its own");
        sim.faults().respond(429, 1);
        HttpResponse<String> queueFull = send();
        assertTrue(queueFull.headers().firstValue("Retry-After").isEmpty(), "none on create, as documented");
        assertEquals("max-message-queue-size-exceeded", Http.json(queueFull.body()).path("type").asText());
    }

    @Test
    void theTokenEndpointHasFaultsOfItsOwn() throws Exception {
        sim.close();
        sim = BandwidthSimulator.builder().threads(1).oauthClient("client-id", "client-secret").build().start();
        URI token = URI.create(sim.tokenUri());
        String client = Http.basic("client-id", "client-secret");
        String grant = "grant_type=client_credentials";
        String form = "application/x-www-form-urlencoded";
        sim.faults(ApiOperation.OAUTH2_TOKEN).respond(503, 1).respond(429, 1).stall(1).dropBeforeAccept(1);

        HttpResponse<String> unavailable = Http.post(token, form, client, grant);
        assertEquals(503, unavailable.statusCode());
        assertFalse(Http.json(unavailable.body()).path("error").asText().isEmpty(), "an OAuth2 error body");
        assertEquals(429, Http.post(token, form, client, grant).statusCode());
        assertThrows(HttpTimeoutException.class, () -> Http.post(token, form, client, grant, Duration.ofMillis(300)));
        IOException dropped = assertThrows(IOException.class, () -> Http.post(token, form, client, grant));
        assertFalse(dropped instanceof HttpTimeoutException, dropped.toString());
        assertEquals(0, sim.tokensIssued());
        HttpResponse<String> issued = Http.post(token, form, client, grant);
        assertEquals(200, issued.statusCode(), "then answered normally, the only server thread free");
        assertEquals(1, sim.tokensIssued());
        assertEquals(5, sim.tokenRequests());
        assertEquals(0, sim.faults().pending(), "the create-message faults are not touched");
        assertTrue(sim.requests().isEmpty(), "token requests are counted apart from the API's");
        sim.reset();
        assertEquals(0, sim.tokenRequests());
    }

    @Test
    void respondsWithANonJsonBody() throws Exception {
        sim.faults().respond(FaultResponse.status(502).body("text/html", "<html><body>Bad Gateway</body></html>"), 1);
        HttpResponse<String> response = send();
        assertEquals(502, response.statusCode());
        assertEquals("text/html", response.headers().firstValue("Content-Type").orElse(null));
        assertEquals("<html><body>Bad Gateway</body></html>", response.body());
    }

    @Test
    void appliesFaultsInQueueOrder() throws Exception {
        sim.faults().respond(503, 1).dropBeforeAccept(1).respond(500, 1);
        assertEquals(503, send().statusCode());
        assertThrows(IOException.class, this::send);
        assertEquals(500, send().statusCode());
        assertEquals(202, send().statusCode());
    }

    @Test
    void delaysTheAnswerWithoutParkingAServerThread() throws Exception {
        Duration delay = Duration.ofMillis(800);
        sim.faults().delay(delay, 1);
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> delayed = Http.CLIENT.sendAsync(
                Http.request(messages, JSON, null, Http.sms("slow", "+15554443333"), Http.TIMEOUT),
                HttpResponse.BodyHandlers.ofString());
        sim.awaitRequests(1, Duration.ofSeconds(2));

        assertEquals(202, send().statusCode(), "the only server thread is free while the first answer waits");
        assertFalse(delayed.isDone());

        HttpResponse<String> slow = delayed.get(5, TimeUnit.SECONDS);
        assertEquals(202, slow.statusCode());
        assertTrue(System.nanoTime() - start >= delay.toNanos());
        assertEquals("slow", Http.json(slow.body()).path("text").asText());
        assertEquals(2, sim.acceptedCount());
    }

    @Test
    void stallsUntilTheClientTimesOut() throws Exception {
        sim.faults().stall(1);
        assertThrows(HttpTimeoutException.class,
                () -> Http.post(messages, JSON, null, Http.sms("hi", "+15554443333"), Duration.ofMillis(300)));
        assertEquals(RecordedRequest.NO_RESPONSE, sim.requests().get(0).status());
        assertEquals(0, sim.acceptedCount());
        assertEquals(202, send().statusCode(), "the only server thread is free");
    }

    @Test
    void dropBeforeAcceptClosesTheConnectionAndAcceptsNothing() throws Exception {
        sim.faults().dropBeforeAccept(1);
        IOException dropped = assertThrows(IOException.class, this::send);
        assertFalse(dropped instanceof HttpTimeoutException, dropped.toString());
        assertEquals(0, sim.acceptedCount());
        assertEquals(1, sim.requests().size());
        assertEquals(RecordedRequest.NO_RESPONSE, sim.requests().get(0).status());
        assertEquals(202, send().statusCode());
    }

    @Test
    void dropAfterAcceptClosesTheConnectionButAcceptsTheMessage() throws Exception {
        sim.faults().dropAfterAccept(1);
        IOException dropped = assertThrows(IOException.class, this::send);
        assertFalse(dropped instanceof HttpTimeoutException, dropped.toString());
        assertEquals(1, sim.awaitAccepted(1, Duration.ofSeconds(1)).size());
        assertEquals(RecordedRequest.NO_RESPONSE, sim.requests().get(0).status());
    }

    @Test
    void aDroppedConnectionCarriesNoResponseByte() throws Exception {
        sim.faults().dropAfterAccept(1);
        byte[] body = Http.sms("hi", "+15554443333").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", sim.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v2/users/9900000/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            assertEquals(-1, in.read(), "end of stream before any byte: no status line, no empty 200");
        }
        assertEquals(1, sim.acceptedCount());
    }

    @Test
    void stopClosesStalledConnections() throws Exception {
        sim.faults().stall(1);
        CompletableFuture<HttpResponse<String>> stalled = Http.CLIENT.sendAsync(
                Http.request(messages, JSON, null, Http.sms("hi", "+15554443333"), Duration.ofSeconds(30)),
                HttpResponse.BodyHandlers.ofString());
        sim.awaitRequests(1, Duration.ofSeconds(2));
        sim.stop();
        Exception closed = assertThrows(Exception.class, () -> stalled.get(5, TimeUnit.SECONDS));
        assertTrue(closed.getCause() instanceof IOException, closed.toString());
        assertFalse(closed.getCause() instanceof HttpTimeoutException, closed.toString());
    }
}
