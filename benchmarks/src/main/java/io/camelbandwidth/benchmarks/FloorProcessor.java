package io.camelbandwidth.benchmarks;

import java.time.OffsetDateTime;
import java.util.List;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The Camel floor's one step: what any Camel component on this transport costs at least. Reads the headers the
 * component reads for a text message (operation, application id, to, from, media, tag, priority, expiration; each
 * falls back to the endpoint's value as in the component), the body as text, sends with {@link RawClient} (the same
 * HttpClient 5 client and Jackson work as (b)), and puts Bandwidth's answer on the message as the component does
 * (body, message id, segment count, time). No validation, no segment estimate, no statistics, and the exchange
 * continues on HttpClient's I/O thread (no hand-off to a pool).
 */
final class FloorProcessor extends AsyncProcessorSupport {

    private final Variant.Target target;
    private final RawClient client;
    private final List<String> defaultTo;

    FloorProcessor(Variant.Target target) {
        this.target = target;
        this.client = new RawClient(target);
        this.defaultTo = List.of(target.to());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client.start();
    }

    @Override
    protected void doStop() throws Exception {
        client.close();
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Json.Request request;
        try {
            request = request(exchange.getMessage());
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        client.send(request, (message, failure) -> {
            if (failure != null) {
                exchange.setException(failure);
            } else {
                Message out = exchange.getMessage();
                out.setBody(message);
                out.setHeader(BandwidthSmsConstants.MESSAGE_ID, message.id);
                out.setHeader(BandwidthSmsConstants.SEGMENT_COUNT, message.segmentCount);
                out.setHeader(BandwidthSmsConstants.MESSAGE_TIME, message.time);
            }
            callback.done(false);
        });
        return false;
    }

    private Json.Request request(Message in) {
        Object operation = in.getHeader(BandwidthSmsConstants.OPERATION);
        if (operation != null && !"sendMessage".equals(operation.toString())) {
            throw new IllegalArgumentException("the floor only sends messages, not " + operation);
        }
        Json.Request request = new Json.Request();
        request.text = in.getBody(String.class);
        request.applicationId = text(in, BandwidthSmsConstants.APPLICATION_ID, target.applicationId());
        request.to = list(in.getHeader(BandwidthSmsConstants.TO), defaultTo);
        request.from = text(in, BandwidthSmsConstants.FROM, target.from());
        request.media = list(in.getHeader(BandwidthSmsConstants.MEDIA), null);
        request.tag = text(in, BandwidthSmsConstants.TAG, null);
        request.priority = text(in, BandwidthSmsConstants.PRIORITY, null);
        Object expiration = in.getHeader(BandwidthSmsConstants.EXPIRATION);
        request.expiration = expiration instanceof OffsetDateTime time ? time : null;
        return request;
    }

    private static String text(Message in, String header, String fallback) {
        Object value = in.getHeader(header);
        return value == null ? fallback : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value, List<String> fallback) {
        if (value == null) {
            return fallback;
        }
        return value instanceof List<?> list ? (List<String>) list : List.of(value.toString());
    }
}
