package io.camelbandwidth.messaging;

import java.util.Map;

import io.camelbandwidth.messaging.support.ConfigurationValidator;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Send SMS and MMS (single, group, with pictures) through the Bandwidth Messaging API v2, and receive Bandwidth's
 * callbacks: delivery status and inbound messages.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "bandwidth-sms", title = "Bandwidth SMS", syntax = "bandwidth-sms:accountId",
             category = { Category.MOBILE, Category.CLOUD, Category.API },
             headersClass = BandwidthSmsConstants.class)
public class BandwidthSmsEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriParam
    private BandwidthSmsConfiguration configuration;

    public BandwidthSmsEndpoint(String uri, BandwidthSmsComponent component, BandwidthSmsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        ConfigurationValidator.validateForSending(configuration);
        return new BandwidthSmsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        ConfigurationValidator.validateForReceiving(configuration);
        BandwidthSmsConsumer consumer = new BandwidthSmsConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public BandwidthSmsComponent getComponent() {
        return (BandwidthSmsComponent) super.getComponent();
    }

    public BandwidthSmsConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUri();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("accountId", configuration.getAccountId());
    }
}
