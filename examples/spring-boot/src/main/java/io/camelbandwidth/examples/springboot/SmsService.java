package io.camelbandwidth.examples.springboot;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;

/**
 * What the rest of a Spring application calls to send an SMS: no Camel type leaks out.
 */
@Service
public class SmsService {

    private final ProducerTemplate template;

    public SmsService(ProducerTemplate template) {
        this.template = template;
    }

    /**
     * Sends {@code text} to {@code recipients} (E.164, comma-separated) and returns Bandwidth's message id.
     *
     * @throws io.camelbandwidth.messaging.BandwidthException when it could not be sent (after the route's retries)
     */
    public String send(String recipients, String text) {
        Exchange result = template.request("direct:sms", exchange -> {
            exchange.getMessage().setBody(text);
            exchange.getMessage().setHeader(BandwidthSmsConstants.TO, recipients);
        });
        if (result.getException() instanceof RuntimeException) {
            throw (RuntimeException) result.getException();
        }
        if (result.getException() != null) {
            throw new IllegalStateException(result.getException());
        }
        return result.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class);
    }
}
