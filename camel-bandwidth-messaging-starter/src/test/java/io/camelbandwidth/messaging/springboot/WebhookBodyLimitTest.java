package io.camelbandwidth.messaging.springboot;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.springboot.RawHttp.AUTHORIZATION;
import static io.camelbandwidth.messaging.springboot.RawHttp.EVENT;
import static io.camelbandwidth.messaging.springboot.RawHttp.JSON;
import static io.camelbandwidth.messaging.springboot.RawHttp.post;
import static io.camelbandwidth.messaging.springboot.RawHttp.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1 GiB callback bodies, with and without credentials, against a Spring Boot server JVM whose whole heap is 128 MiB:
 * each is refused, and the server's heap does not grow by its size (it could not: it would have failed with
 * {@link OutOfMemoryError}).
 */
@Tag("stress")
class WebhookBodyLimitTest {

    private static final long ONE_GIB = 1L << 30;
    private static final long HEAP_GROWTH_BOUND = 16L << 20;
    private static final String PATH = "/bandwidth/callbacks";

    private static WebhookServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        server = WebhookServerProcess.start(128);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    private int sendGibibyte(String... headers) throws Exception {
        long before = server.usedHeapAfterGc();
        String head;
        try (RawHttp client = new RawHttp(server.port())) {
            client.send(post(PATH, headers));
            head = client.streamChunked(ONE_GIB, 60_000);
        }
        long growth = server.usedHeapAfterGc() - before;
        assertTrue(growth < HEAP_GROWTH_BOUND, "the heap grew by " + growth + " bytes");
        assertEquals(0, server.outOfMemoryErrors());
        assertTrue(server.isAlive());
        return status(head);
    }

    @Test
    void anAuthenticatedGibibyteIsRefusedWith413() throws Exception {
        assertEquals(413, sendGibibyte(AUTHORIZATION, JSON, "Transfer-Encoding: chunked"));
        assertServerStillServesCallbacks();
    }

    @Test
    void anUnauthenticatedGibibyteIsChallengedAndNeverRead() throws Exception {
        assertEquals(401, sendGibibyte(JSON, "Transfer-Encoding: chunked"));
        assertServerStillServesCallbacks();
    }

    private static void assertServerStillServesCallbacks() throws Exception {
        try (RawHttp client = new RawHttp(server.port())) {
            client.send(post(PATH, AUTHORIZATION, JSON, "Content-Length: " + EVENT.length()) + EVENT);

            assertEquals(200, status(client.readHead(10_000)));
        }
    }
}
