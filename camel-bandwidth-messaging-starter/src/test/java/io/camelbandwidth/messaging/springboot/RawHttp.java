package io.camelbandwidth.messaging.springboot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HTTP/1.1 client on a plain socket: sends headers without the body they declare, or a chunked body generated on
 * the fly, and reads the status of the answer while the body is still unsent.
 */
final class RawHttp implements AutoCloseable {

    static final String USER = "hook-user";
    static final String PASSWORD = "hook-pass-Z9!";
    static final String AUTHORIZATION = "Authorization: Basic "
                                        + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8));
    static final String JSON = "Content-Type: application/json";
    static final String EVENT = "[{\"type\":\"message-delivered\",\"to\":\"+15554443333\",\"description\":\"ok\","
                                + "\"message\":{\"id\":\"m-1\",\"direction\":\"out\"}}]";

    private final Socket socket = new Socket();
    private final InputStream in;
    private final OutputStream out;

    RawHttp(int port) throws IOException {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    static String post(String path, String... headers) {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void sendChunk(int size) throws IOException {
        byte[] chunk = new byte[size];
        Arrays.fill(chunk, (byte) ' ');
        out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The response's status line and headers, or {@link java.net.SocketTimeoutException} after the timeout. */
    String readHead(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after: " + head);
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    static int status(String head) {
        return Integer.parseInt(head.split(" ")[1]);
    }

    /**
     * Streams a chunked body of {@code total} bytes from another thread while this one waits for the answer; stops
     * sending when the server stops taking it. Returns the answer's head.
     */
    String streamChunked(long total, int timeoutMillis) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                for (long sent = 0; sent < total && !stop.get(); sent += chunk.length) {
                    out.write(chunkHead);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server answered and closed the connection
            }
        }, "chunked-body-writer");
        writer.setDaemon(true);
        writer.start();
        try {
            return readHead(timeoutMillis);
        } finally {
            stop.set(true);
            writer.join(60_000);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
