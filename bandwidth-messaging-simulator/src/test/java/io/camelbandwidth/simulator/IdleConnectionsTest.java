package io.camelbandwidth.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link BandwidthSimulator.Builder#idleConnectionTimeout(Duration)}: stale kept-alive connections on demand. */
class IdleConnectionsTest {

    private static final Duration IDLE = Duration.ofMillis(150);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private BandwidthSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private void start(Duration idle) {
        sim = BandwidthSimulator.builder().idleConnectionTimeout(idle).build().start();
    }

    @Test
    void keepsAConnectionAliveWhileItIsUsedAndClosesItOnceIdle() throws Exception {
        start(IDLE);
        try (Socket socket = new Socket("127.0.0.1", sim.port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            assertEquals(202, exchange(socket, "first"));
            assertEquals(202, exchange(socket, "second"), "kept alive between requests");
            assertEquals(1, sim.connectionsAccepted());
            assertEquals(1, sim.openConnections());

            long start = System.nanoTime();
            assertEquals(-1, socket.getInputStream().read(), "the server closes the idle connection (FIN)");
            assertTrue(System.nanoTime() - start >= IDLE.toNanos() / 2, "not before it was idle");
        }
        assertEquals(0, sim.awaitOpenConnectionsAtMost(0, WAIT));
        assertEquals(1, sim.idleConnectionsClosed());
        assertEquals(2, sim.acceptedCount());
    }

    @Test
    void neverClosesAConnectionWaitingForADelayedAnswer() throws Exception {
        start(Duration.ofMillis(50));
        sim.faults().delay(Duration.ofMillis(400), 1);
        try (Socket socket = new Socket("127.0.0.1", sim.port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            assertEquals(202, exchange(socket, "slow"), "answered although silent for 8 idle timeouts");
            assertEquals(0, sim.idleConnectionsClosed());
            assertEquals(-1, socket.getInputStream().read(), "then closed as idle");
        }
        assertEquals(0, sim.awaitOpenConnectionsAtMost(0, WAIT));
        assertEquals(1, sim.idleConnectionsClosed());
    }

    @Test
    void passesDropFaultsThroughWithoutCountingThemAsIdle() throws Exception {
        start(Duration.ofSeconds(30));
        sim.faults().dropAfterAccept(1);
        try (Socket socket = new Socket("127.0.0.1", sim.port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            write(socket, "dropped");
            assertEquals(-1, socket.getInputStream().read(), "closed before any response byte");
        }
        assertEquals(0, sim.awaitOpenConnectionsAtMost(0, WAIT));
        assertEquals(0, sim.idleConnectionsClosed());
        assertEquals(1, sim.acceptedCount());
    }

    @Test
    void stopClosesRelayedConnections() throws Exception {
        start(Duration.ofSeconds(30));
        sim.faults().stall(1);
        try (Socket socket = new Socket("127.0.0.1", sim.port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            write(socket, "stalled");
            sim.awaitRequests(1, WAIT);
            sim.stop();
            assertEquals(-1, socket.getInputStream().read());
        }
    }

    @Test
    void connectionsAreTrackedOnlyWithAnIdleTimeout() {
        sim = BandwidthSimulator.builder().build().start();
        assertThrows(IllegalStateException.class, () -> sim.openConnections());
        assertThrows(IllegalArgumentException.class,
                () -> BandwidthSimulator.builder().idleConnectionTimeout(Duration.ZERO));
    }

    /** Sends one message request on the socket and reads the whole answer; returns its status. */
    private static int exchange(Socket socket, String text) throws IOException {
        write(socket, text);
        InputStream in = socket.getInputStream();
        String head = readHead(in);
        int status = Integer.parseInt(head.substring(9, 12));
        int length = 0;
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        assertEquals(length, in.readNBytes(length).length);
        return status;
    }

    private static void write(Socket socket, String text) throws IOException {
        byte[] body = Http.sms(text, "+15554443333").getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v2/users/9900000/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed inside the response head: " + head);
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
