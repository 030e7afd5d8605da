package io.camelbandwidth.messaging;

import java.util.Map;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev console is found by its id and counts what the producers did.
 */
class DevConsoleTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"));
            }
        };
    }

    @Test
    @SuppressWarnings("unchecked")
    void countsSentAndFailedByStatus() {
        assertNull(template.request("direct:send", e -> e.getMessage().setBody("ok")).getException());
        bandwidth.simulator().faults().respond(503, 1);
        Exchange failed = template.request("direct:send", e -> e.getMessage().setBody("fails"));
        failure(failed, BandwidthServerException.class);
        failure(template.request("direct:send", e -> e.getMessage().setBody("")), BandwidthValidationException.class);

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("bandwidth-sms");
        assertNotNull(console, "resolved through the generated service file");
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        Map<String, Object> component = (Map<String, Object>) json.get("bandwidth-sms");
        assertEquals(1L, ((Map<String, Object>) component.get("succeeded")).get("sendMessage"));
        Map<String, Object> byKind = (Map<String, Object>) component.get("failed");
        assertEquals(1L, byKind.get("503"));
        assertEquals(1L, byKind.get("validation"));
        assertEquals(1L, component.get("retrySafe"));
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertTrue(text.contains("503=1"), text);
    }
}
