package io.camelbandwidth.messaging;

import java.nio.charset.StandardCharsets;

import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.CallbackServerProcess;
import io.camelbandwidth.messaging.testkit.RawHttpClient;
import io.camelbandwidth.messaging.testkit.Stress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_PASSWORD;
import static io.camelbandwidth.messaging.testkit.CallbackServer.HOOK_USER;
import static io.camelbandwidth.messaging.testkit.CallbackServer.PATH;
import static io.camelbandwidth.messaging.testkit.CallbackServerProcess.OPEN_PATH;
import static io.camelbandwidth.messaging.testkit.RawHttpClient.postHead;
import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1 GiB webhook bodies, with and without credentials, against a server JVM whose whole heap is 128 MiB: each is
 * refused while it is being sent, and the server's heap does not grow by its size (it could not: it would have
 * failed with {@link OutOfMemoryError}). The client sends every byte, as a client that ignores early answers does.
 */
@Stress
class CallbackBodyLimitTest {

    private static final long ONE_GIB = 1L << 30;
    private static final int SERVER_HEAP_MEGABYTES = 128;
    /** What a request may leave behind on the server's heap, far below the body's size. */
    private static final long HEAP_GROWTH_BOUND = 16L << 20;
    private static final String AUTHORIZATION = "Authorization: " + basic(HOOK_USER, HOOK_PASSWORD);
    private static final String JSON = "Content-Type: application/json";

    private static CallbackServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        server = CallbackServerProcess.start(SERVER_HEAP_MEGABYTES);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    /** Sends a chunked 1 GiB body to the end and returns what came back; checks the server stayed small. */
    private RawHttpClient.Streamed sendGibibyte(String path, String... headers) throws Exception {
        long before = server.usedHeapAfterGc();
        RawHttpClient.Streamed streamed;
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send(postHead(path, headers));
            streamed = client.streamChunked(ONE_GIB, false, 30_000);
        }
        long growth = server.usedHeapAfterGc() - before;
        assertTrue(streamed.sentAtAnswer() < 64L << 20, "answered long before the end: " + streamed);
        assertEquals(ONE_GIB, streamed.sentInAll(), "the server took (and dropped) every byte: " + streamed);
        assertTrue(growth < HEAP_GROWTH_BOUND, "the heap grew by " + growth + " bytes");
        assertEquals(0, server.outOfMemoryErrors());
        assertTrue(server.isAlive());
        return streamed;
    }

    @Test
    void anAuthenticatedGibibyteIsRefusedWith413WhileItIsBeingRead() throws Exception {
        RawHttpClient.Streamed streamed = sendGibibyte(PATH, AUTHORIZATION, JSON, "Transfer-Encoding: chunked");

        assertEquals(413, streamed.head().status());
        assertServerStillServesCallbacks();
    }

    @Test
    void anUnauthenticatedGibibyteIsChallengedAndNeverRead() throws Exception {
        RawHttpClient.Streamed streamed = sendGibibyte(PATH, JSON, "Transfer-Encoding: chunked");

        assertEquals(401, streamed.head().status());
        assertServerStillServesCallbacks();
    }

    @Test
    void withUnauthenticatedCallbacksAllowedAGibibyteIsRefusedWith413() throws Exception {
        RawHttpClient.Streamed streamed = sendGibibyte(OPEN_PATH, JSON, "Transfer-Encoding: chunked");

        assertEquals(413, streamed.head().status());
    }

    @Test
    void aDeclaredGibibyteIsRefusedBeforeAByteIsSent() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send(postHead(PATH, AUTHORIZATION, JSON, "Content-Length: " + ONE_GIB));

            assertEquals(413, client.readHead(3000).status());
        }
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send(postHead(OPEN_PATH, JSON, "Content-Length: " + ONE_GIB));

            assertEquals(413, client.readHead(3000).status());
        }
    }

    private static void assertServerStillServesCallbacks() throws Exception {
        byte[] body = ("[" + event("message-delivered", "m-after", "+15554443333", null) + "]")
                .getBytes(StandardCharsets.UTF_8);
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send(postHead(CallbackServer.PATH, AUTHORIZATION, JSON, "Content-Length: " + body.length));
            client.send(body);

            assertEquals(200, client.readHead(10_000).status());
        }
    }
}
