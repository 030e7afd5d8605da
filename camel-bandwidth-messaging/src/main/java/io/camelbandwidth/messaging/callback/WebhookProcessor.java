package io.camelbandwidth.messaging.callback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one Bandwidth webhook request on the platform-http route, once {@link WebhookGate} has let its headers pass:
 * reads the body (no more than the limit), parses it, then hands the events to the {@link EventBatchHandler}; the HTTP
 * answer is written only when every event is done.
 * <p>
 * Answers: {@code 200} when every event was processed (or was a duplicate, or was not an event and went to the
 * exception handler); {@code 413} for a body over {@code maxBodySize} or more events than {@code maxEventsPerRequest};
 * {@code 400} for a body that is not a JSON array or object; {@code 500} when an event failed, so that Bandwidth
 * retries. Error answers are short plain text, never a stack trace; only a {@code 200} lets events count as delivered.
 */
public final class WebhookProcessor extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookProcessor.class);
    /** Bandwidth waits 10 s for an answer; past this a log says the route should hand off. */
    private static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(8);

    private final long maxBodySize;
    private final int maxEvents;
    private final EventBatchHandler handler;

    public WebhookProcessor(long maxBodySize, int maxEvents, EventBatchHandler handler) {
        this.maxBodySize = maxBodySize;
        this.maxEvents = maxEvents;
        this.handler = handler;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        long started = System.nanoTime();
        CallbackBatch batch;
        try {
            batch = readBatch(exchange.getIn());
        } catch (WebhookRejection rejection) {
            rejection.answer(exchange);
            callback.done(true);
            return true;
        }

        LOG.debug("Received a callback request with {} element(s)", batch.size());
        AtomicBoolean answered = new AtomicBoolean();
        try {
            handler.handle(batch, outcome -> {
                if (answered.compareAndSet(false, true)) {
                    try {
                        answer(exchange, outcome, batch.events().size(), System.nanoTime() - started);
                    } finally {
                        callback.done(false);
                    }
                }
            });
        } catch (RuntimeException e) {
            // the handler broke its contract: the request must still be answered, and not with a 2xx
            LOG.warn("Could not process a callback: {}", e.toString());
            if (answered.compareAndSet(false, true)) {
                WebhookAnswers.write(exchange, 500, "Internal Server Error");
                callback.done(false);
            }
        }
        return false;
    }

    /** Charset, size, parsing, then the number of events; a {@link WebhookRejection} says how to answer. */
    private CallbackBatch readBatch(Message in) throws WebhookRejection {
        Charset charset;
        try {
            charset = JsonContentType.charset(in.getHeader(Exchange.CONTENT_TYPE, String.class));
        } catch (IllegalArgumentException e) {
            LOG.warn("Refused a callback: {}", e.getMessage());
            throw new WebhookRejection(415, "Unsupported Media Type: send application/json");
        }
        byte[] body;
        try {
            body = readBody(in, charset);
        } catch (Exception e) {
            LOG.warn("Could not read a callback: {}", e.toString());
            throw new WebhookRejection(500, "Internal Server Error");
        }
        if (body == null) {
            LOG.warn("Refused a callback larger than maxBodySize ({} bytes)", maxBodySize);
            throw WebhookRejection.tooLarge();
        }
        CallbackBatch batch;
        try {
            batch = CallbackParser.parse(body, charset);
        } catch (MalformedCallbackException e) {
            LOG.warn("Refused a malformed callback: {}", e.getMessage());
            throw new WebhookRejection(400, "Bad Request: " + e.getMessage());
        }
        if (batch.size() > maxEvents) {
            LOG.warn("Refused a callback of {} events, more than maxEventsPerRequest ({})", batch.size(), maxEvents);
            throw new WebhookRejection(413, "Payload Too Large: more than " + maxEvents + " events");
        }
        return batch;
    }

    private static void answer(Exchange exchange, EventBatchHandler.Outcome outcome, int events, long elapsedNanos) {
        if (elapsedNanos > SLOW_NANOS) {
            LOG.warn("Processing {} callback event(s) took {} ms; Bandwidth gives up after 10 s and sends them"
                     + " again: hand the events off to a queue and answer quickly",
                    events, TimeUnit.NANOSECONDS.toMillis(elapsedNanos));
        }
        if (outcome.succeeded()) {
            WebhookAnswers.write(exchange, 200, "OK");
        } else {
            LOG.warn("{} of {} callback event(s) failed; answering 500 so that Bandwidth sends them again",
                    outcome.failed(), events);
            WebhookAnswers.write(exchange, 500, "Processing failed; retry later");
        }
    }

    /**
     * The body, or {@code null} if it is larger than the limit (a declared length was checked by the gate). Reads no
     * more than the limit from a stream.
     */
    private byte[] readBody(Message in, Charset charset) throws Exception {
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
}
