package io.camelbandwidth.messaging;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * With Camel's JMX on (camel-management), the component's MBean carries the dev console's counters, so that JConsole
 * and Hawtio show them: {@code org.apache.camel:context=...,type=components,name="bandwidth-sms"}.
 */
class JmxTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    JmxTest() {
        testConfiguration().withJMX(true);
    }

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
    void theComponentsMBeanShowsTheDevConsolesCounters() throws Exception {
        assertNull(template.request("direct:send", e -> e.getMessage().setBody("ok")).getException());
        assertNull(template.request("direct:send", e -> e.getMessage().setBody("ok")).getException());
        bandwidth.simulator().faults().respond(503, 1);
        failure(template.request("direct:send", e -> e.getMessage().setBody("fails")), BandwidthServerException.class);
        failure(template.request("direct:send", e -> e.getMessage().setBody("")), BandwidthValidationException.class);

        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context="
                + context.getManagementName() + ",type=components,name=\"bandwidth-sms\""), null);
        assertEquals(1, names.size(), names::toString);
        ObjectName component = names.iterator().next();

        assertEquals(2L, server.getAttribute(component, "SucceededTotal"));
        assertEquals(2L, server.getAttribute(component, "FailedTotal"));
        assertEquals(1L, server.getAttribute(component, "FailedRetrySafe"));
        assertEquals(Map.of("sendMessage", 2L), server.getAttribute(component, "SucceededByOperation"));
        assertEquals(Map.of("503", 1L, "validation", 1L), server.getAttribute(component, "FailedByKind"));
        assertEquals("Started", server.getAttribute(component, "State"), "Camel's own attributes are still there");
    }
}
