package io.camelbandwidth.examples.springboot;

import io.camelbandwidth.messaging.BandwidthPredicates;
import io.camelbandwidth.messaging.BandwidthException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code direct:sms}: the body is the text, the header {@code CamelBandwidthTo} the recipient(s). Sends with the
 * component configured by {@code application.properties}; retries only what Bandwidth certainly did not accept.
 */
@Component
public class SmsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(BandwidthException.class)
                .onWhen(BandwidthPredicates.retrySafe())
                .maximumRedeliveries("{{sms.maximum-redeliveries}}")
                .redeliveryDelay("{{sms.redelivery-delay}}")
                .useExponentialBackOff();

        from("direct:sms")
                .routeId("sms")
                .to("bandwidth-sms:{{bandwidth.account-id}}")
                .log(LoggingLevel.INFO, "io.camelbandwidth.examples.sms", "Sent as message ${header.CamelBandwidthMessageId}");
    }
}
