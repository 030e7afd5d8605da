package io.camelbandwidth.messaging.callback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelbandwidth.messaging.model.BandwidthCallback;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one Bandwidth webhook request on the platform-http route: authentication, content type, size, parsing, then
 * the events through the {@link EventBatchHandler}; the HTTP answer is written only when every event is done.
 * <p>
 * Answers: {@code 200} when every event was processed (or was a duplicate); {@code 401} with
 * {@code WWW-Authenticate: Basic} for missing or wrong credentials (the challenge Bandwidth answers with its callback
 * credentials); {@code 415} for a content type other than JSON; {@code 413} for a body over the limit; {@code 400} for
 * a body that is not events; {@code 500} when an event failed, so that Bandwidth retries. Error answers are short
 * plain text, never a stack trace; only a {@code 200} lets events count as delivered.
 */
public final class WebhookProcessor extends AsyncProcessorSupport {

    static final String REALM = "Bandwidth callbacks";
    static final String CHALLENGE = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookProcessor.class);
    /** Bandwidth waits 10 s for an answer; past this a log says the route should hand off. */
    private static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(8);

    private final CallbackCredentials credentials;
    private final long maxBodySize;
    private final EventBatchHandler handler;

    public WebhookProcessor(CallbackCredentials credentials, long maxBodySize, EventBatchHandler handler) {
        this.credentials = credentials;
        this.maxBodySize = maxBodySize;
        this.handler = handler;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        long started = System.nanoTime();
        List<BandwidthCallback> events;
        try {
            events = readEvents(exchange.getIn());
        } catch (Rejection rejection) {
            answer(exchange, rejection.status, rejection.getMessage());
            if (rejection.status == 401) {
                exchange.getMessage().setHeader("WWW-Authenticate", CHALLENGE);
            }
            callback.done(true);
            return true;
        }

        LOG.debug("Received a callback request with {} event(s)", events.size());
        AtomicBoolean answered = new AtomicBoolean();
        try {
            handler.handle(events, outcome -> {
                if (answered.compareAndSet(false, true)) {
                    try {
                        answer(exchange, outcome, events.size(), System.nanoTime() - started);
                    } finally {
                        callback.done(false);
                    }
                }
            });
        } catch (RuntimeException e) {
            // the handler broke its contract: the request must still be answered, and not with a 2xx
            LOG.warn("Could not process a callback: {}", e.toString());
            if (answered.compareAndSet(false, true)) {
                answer(exchange, 500, "Internal Server Error");
                callback.done(false);
            }
        }
        return false;
    }

    /** Authentication, content type, size, then parsing; a {@link Rejection} says how to answer. */
    private List<BandwidthCallback> readEvents(Message in) throws Rejection {
        String authorization = in.getHeader("Authorization", String.class);
        if (!credentials.accepts(authorization)) {
            // the first POST of every callback has no credentials: only a wrong password is worth a log
            if (authorization == null) {
                LOG.debug("Challenging a callback without credentials");
            } else {
                LOG.warn("Refused a callback with wrong credentials: check callbackUsername/callbackPassword"
                         + " against the Bandwidth application's callback credentials");
            }
            throw new Rejection(401, "Unauthorized");
        }
        Charset charset;
        try {
            charset = jsonCharset(in.getHeader(Exchange.CONTENT_TYPE, String.class));
        } catch (IllegalArgumentException e) {
            LOG.warn("Refused a callback: {}", e.getMessage());
            throw new Rejection(415, "Unsupported Media Type: send application/json");
        }
        byte[] body;
        try {
            body = readBody(in, charset);
        } catch (Exception e) {
            LOG.warn("Could not read a callback: {}", e.toString());
            throw new Rejection(500, "Internal Server Error");
        }
        if (body == null) {
            LOG.warn("Refused a callback larger than maxBodySize ({} bytes)", maxBodySize);
            throw new Rejection(413, "Payload Too Large");
        }
        try {
            return CallbackParser.parse(body, charset);
        } catch (MalformedCallbackException e) {
            LOG.warn("Refused a malformed callback: {}", e.getMessage());
            throw new Rejection(400, "Bad Request: " + e.getMessage());
        }
    }

    private static void answer(Exchange exchange, EventBatchHandler.Outcome outcome, int events, long elapsedNanos) {
        if (elapsedNanos > SLOW_NANOS) {
            LOG.warn("Processing {} callback event(s) took {} ms; Bandwidth gives up after 10 s and sends them"
                     + " again: hand the events off to a queue and answer quickly",
                    events, TimeUnit.NANOSECONDS.toMillis(elapsedNanos));
        }
        if (outcome.succeeded()) {
            answer(exchange, 200, "OK");
        } else {
            LOG.warn("{} of {} callback event(s) failed; answering 500 so that Bandwidth sends them again",
                    outcome.failed(), events);
            answer(exchange, 500, "Processing failed; retry later");
        }
    }

    /**
     * The charset of a JSON content type, or {@code null} for JSON's default (UTF-8 family).
     *
     * @throws IllegalArgumentException if the content type is missing, not JSON or names an unknown charset
     */
    static Charset jsonCharset(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("no Content-Type");
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new IllegalArgumentException("Content-Type is not application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                String name = parameter.substring(equals + 1).trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new IllegalArgumentException("unsupported charset in Content-Type");
                }
            }
        }
        return null;
    }

    /** The body, or {@code null} if it is larger than the limit. Reads no more than the limit from a stream. */
    private byte[] readBody(Message in, Charset charset) throws Exception {
        Long declared;
        try {
            declared = in.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        } catch (RuntimeException unparsable) {
            declared = null;
        }
        if (declared != null && declared > maxBodySize) {
            return null;
        }
        Object body = in.getBody();
        byte[] bytes;
        if (body == null) {
            bytes = new byte[0];
        } else if (body instanceof byte[] array) {
            bytes = array;
        } else if (body instanceof String text) {
            bytes = text.getBytes(charset == null ? StandardCharsets.UTF_8 : charset);
        } else if (body instanceof InputStream stream) {
            return readAtMost(stream);
        } else {
            // e.g. a Vert.x Buffer, already read in memory by the server
            bytes = in.getMandatoryBody(byte[].class);
        }
        return bytes.length > maxBodySize ? null : bytes;
    }

    private byte[] readAtMost(InputStream stream) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = stream.read(buffer)) != -1) {
            total += read;
            if (total > maxBodySize) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** Replaces the request's headers (never echoed back) with a short plain-text answer. */
    private static void answer(Exchange exchange, int status, String text) {
        Message out = exchange.getMessage();
        out.getHeaders().clear();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        out.setBody(text);
    }

    /** A request refused before any event reached the route: the status and the short text to answer. */
    private static final class Rejection extends Exception {

        private static final long serialVersionUID = 1L;

        private final int status;

        Rejection(int status, String answer) {
            super(answer, null, false, false);
            this.status = status;
        }
    }
}
