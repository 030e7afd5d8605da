package io.camelbandwidth.messaging.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An HTTP/1.1 client on a plain socket, for what {@link java.net.http.HttpClient} cannot do: send headers and no body
 * (or only part of it), declare a {@code Content-Length} it never sends, stream a chunked body of any size generated on
 * the fly, and read a response head while the request body is still unsent.
 */
public final class RawHttpClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public RawHttpClient(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** The request line and headers of a POST (ends with the blank line; the body, if any, follows). */
    public static String postHead(String path, String... headers) {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    public void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends {@code size} bytes of filler as one chunk of a chunked body (without the final empty chunk). */
    public void sendChunk(int size) throws IOException {
        byte[] chunk = new byte[size];
        Arrays.fill(chunk, (byte) ' ');
        out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * The status line and headers (lower-case names) of the next response.
     *
     * @throws SocketTimeoutException if none came within {@code timeoutMillis}
     */
    public Head readHead(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head.size() + " bytes: " + head);
            }
            head.write(b);
            boolean expected = matched % 2 == 0 ? b == '\r' : b == '\n';
            matched = expected ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new Head(Integer.parseInt(lines[0].split(" ")[1]), headers);
    }

    /** The body of a response whose head was just read (Content-Length or chunked). */
    public String readBody(Head head) throws IOException {
        if ("chunked".equalsIgnoreCase(head.headers().get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int size;
            while ((size = Integer.parseInt(readLine().split(";")[0].trim(), 16)) > 0) {
                body.write(in.readNBytes(size));
                readLine();
            }
            while (!readLine().isEmpty()) {
                // trailers
            }
            return body.toString(StandardCharsets.UTF_8);
        }
        int length = Integer.parseInt(head.headers().getOrDefault("content-length", "0"));
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Streams a chunked body of {@code total} bytes (64 KiB chunks of filler, generated as they go: the client holds
     * none of it) from a background thread, while this thread waits for the response head; then, unless
     * {@code stopAtAnswer}, keeps sending to the end, as a client that does not read answers early would.
     */
    public Streamed streamChunked(long total, boolean stopAtAnswer, int answerTimeoutMillis) throws Exception {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        AtomicLong sent = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<IOException> writeFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                while (sent.get() < total && !stop.get()) {
                    out.write(chunkHead);
                    out.write(chunk);
                    out.write(crlf);
                    sent.addAndGet(chunk.length);
                }
                if (!stop.get()) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                writeFailure.set(e);
            }
        }, "chunked-body-writer");
        writer.setDaemon(true);
        writer.start();
        Head head;
        long sentAtAnswer;
        try {
            head = readHead(answerTimeoutMillis);
            sentAtAnswer = sent.get();
        } finally {
            if (stopAtAnswer) {
                stop.set(true);
            }
        }
        writer.join(300_000);
        if (writer.isAlive()) {
            stop.set(true);
            throw new IllegalStateException("the body was not sent within 5 minutes: " + sent.get() + " bytes");
        }
        return new Streamed(head, sentAtAnswer, sent.get(), writeFailure.get());
    }

    /** Whether the server closed the connection within {@code timeoutMillis} (end of stream or reset). */
    public boolean closedWithin(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A response's status and headers (names in lower case). */
    public record Head(int status, Map<String, String> headers) {
    }

    /**
     * A streamed request: the answer, how many body bytes had been sent when it came, how many in all, and the write
     * failure if the server closed the connection while the client was still sending.
     */
    public record Streamed(Head head, long sentAtAnswer, long sentInAll, IOException writeFailure) {
    }
}
