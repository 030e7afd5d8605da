package io.camelbandwidth.messaging.it;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends one real SMS through Bandwidth. Runs only with BANDWIDTH_ACCOUNT_ID, BANDWIDTH_APPLICATION_ID,
 * BANDWIDTH_CLIENT_ID, BANDWIDTH_CLIENT_SECRET, BANDWIDTH_FROM and BANDWIDTH_TO set (it costs one message).
 */
@EnabledIfEnvironmentVariable(named = "BANDWIDTH_CLIENT_SECRET", matches = ".+")
class BandwidthSmsIT extends CamelTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("bandwidth-sms:{{env:BANDWIDTH_ACCOUNT_ID}}"
                                       + "?applicationId=RAW({{env:BANDWIDTH_APPLICATION_ID}})"
                                       + "&from=RAW({{env:BANDWIDTH_FROM}})"
                                       + "&clientId=RAW({{env:BANDWIDTH_CLIENT_ID}})"
                                       + "&clientSecret=RAW({{env:BANDWIDTH_CLIENT_SECRET}})");
            }
        };
    }

    @Test
    void sendsOneSms() {
        Exchange exchange = template.request("direct:send", e -> {
            e.getMessage().setBody("camel-bandwidth-messaging integration test");
            e.getMessage().setHeader(BandwidthSmsConstants.TO, System.getenv("BANDWIDTH_TO"));
            e.getMessage().setHeader(BandwidthSmsConstants.TAG, "camel-bandwidth-it");
        });

        assertNull(exchange.getException(), () -> "send failed: " + exchange.getException());
        assertNotNull(exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertTrue(exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT, Integer.class) >= 1);
    }
}
