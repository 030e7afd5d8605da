package io.camelbandwidth.messaging.send;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.client.BandwidthMessagingClient;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessage;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code sendMultiChannelMessage} (Beta): {@code POST /users/{accountId}/messages/multiChannel}. Resolves and
 * validates the message, sends it, and answers the {@code MultiChannelMessageResponse} body with
 * {@code CamelBandwidthMessageId} and {@code CamelBandwidthMessageTime}. The segment estimate, {@code maxSegments} and
 * the rate limiter are sendMessage's: which channel a multi-channel message goes out on is known only later.
 */
public final class SendMultiChannelOperation implements OperationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SendMultiChannelOperation.class);

    private final BandwidthSmsConfiguration configuration;
    private final BandwidthMessagingClient client;
    private final MultiChannelRequestResolver resolver;
    private final MultiChannelRequestValidator validator;

    public SendMultiChannelOperation(BandwidthSmsConfiguration configuration, BandwidthMessagingClient client,
                                     Clock clock) {
        this.configuration = configuration;
        this.client = client;
        this.resolver = new MultiChannelRequestResolver(configuration, clock);
        this.validator = new MultiChannelRequestValidator(clock);
    }

    @Override
    public CompletableFuture<Void> start(Exchange exchange) {
        MultiChannelMessageRequest request = resolver.resolve(exchange.getMessage());
        validator.validate(request);
        LOG.debug("Sending a multi-channel message for account {}: {}", configuration.getAccountId(), request);
        return client.sendMultiChannelMessage(configuration.getAccountId(), request).thenAccept(response -> {
            Message out = exchange.getMessage();
            out.setBody(response);
            // never leave the id of an earlier message on the exchange
            out.removeHeader(BandwidthSmsConstants.MESSAGE_ID);
            out.removeHeader(BandwidthSmsConstants.MESSAGE_TIME);
            MultiChannelMessage message = response.getData();
            if (message != null && message.getId() != null) {
                LOG.debug("Bandwidth accepted multi-channel message {}", message.getId());
                out.setHeader(BandwidthSmsConstants.MESSAGE_ID, message.getId());
            }
            if (message != null && message.getTime() != null) {
                out.setHeader(BandwidthSmsConstants.MESSAGE_TIME, message.getTime());
            }
        });
    }
}
