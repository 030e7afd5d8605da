package io.camelbandwidth.messaging;

import java.time.Clock;
import java.util.Optional;

import io.camelbandwidth.messaging.client.BandwidthFailures;
import io.camelbandwidth.messaging.client.BandwidthMessagingClient;
import io.camelbandwidth.messaging.model.BandwidthMessage;
import io.camelbandwidth.messaging.model.MessageRequest;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the exchange as one message, without blocking: the exchange continues on the HTTP client's thread when
 * Bandwidth answers. Validation failures end the exchange before any request is made.
 * <p>
 * On success the body is the {@link BandwidthMessage} Bandwidth answered, with the headers
 * {@link BandwidthSmsConstants#MESSAGE_ID}, {@link BandwidthSmsConstants#SEGMENT_COUNT} and
 * {@link BandwidthSmsConstants#MESSAGE_TIME}. On failure the exchange carries a {@link BandwidthException}.
 */
public class BandwidthSmsProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(BandwidthSmsProducer.class);

    private final BandwidthSmsConfiguration configuration;
    private final MessageRequestResolver resolver;
    private final MessageRequestValidator validator;
    private BandwidthMessagingClient client;

    public BandwidthSmsProducer(BandwidthSmsEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
        this.resolver = new MessageRequestResolver(configuration, Clock.systemUTC());
        this.validator = new MessageRequestValidator(Clock.systemUTC());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = getEndpoint().getComponent().createClient(configuration);
    }

    @Override
    public BandwidthSmsEndpoint getEndpoint() {
        return (BandwidthSmsEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        MessageRequest request;
        try {
            request = resolver.resolve(exchange);
            validator.validate(request);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        LOG.debug("Sending a message to {} recipient(s) for account {}", request.getTo().size(),
                configuration.getAccountId());
        client.sendMessage(configuration.getAccountId(), request)
                .whenComplete((message, failure) -> {
                    try {
                        if (failure != null) {
                            fail(exchange, BandwidthFailures.fromTransport(failure, "Message request"));
                        } else {
                            succeed(exchange, message);
                        }
                    } catch (Throwable t) {
                        exchange.setException(t);
                    } finally {
                        callback.done(false);
                    }
                });
        return false;
    }

    private static void succeed(Exchange exchange, BandwidthMessage message) {
        LOG.debug("Bandwidth accepted message {} ({} segment(s))", message.getId(), message.getSegmentCount());
        Message out = exchange.getMessage();
        out.setBody(message);
        out.setHeader(BandwidthSmsConstants.MESSAGE_ID, message.getId());
        out.setHeader(BandwidthSmsConstants.SEGMENT_COUNT, message.getSegmentCount());
        out.setHeader(BandwidthSmsConstants.MESSAGE_TIME, message.getTime());
    }

    private static void fail(Exchange exchange, BandwidthException failure) {
        // a Retry-After steers Camel's next redelivery; without one, the redelivery policy's own delay applies
        Optional<Long> retryAfterMillis = failure instanceof BandwidthHttpException
                ? ((BandwidthHttpException) failure).getRetryAfter().map(d -> d.toMillis())
                : Optional.empty();
        if (retryAfterMillis.isPresent()) {
            exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, retryAfterMillis.get());
        } else {
            exchange.getMessage().removeHeader(Exchange.REDELIVERY_DELAY);
        }
        LOG.debug("Sending failed: {}", failure.getMessage());
        exchange.setException(failure);
    }
}
