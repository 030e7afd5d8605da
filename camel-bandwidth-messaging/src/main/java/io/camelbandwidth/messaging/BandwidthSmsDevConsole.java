package io.camelbandwidth.messaging;

import java.util.Map;

import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code bandwidth-sms} dev console: per component, the operations that succeeded (sendMessage counts messages
 * Bandwidth accepted), the failures by kind (HTTP status, validation, connection, maybe-sent) and how many of them
 * were safe to retry.
 */
@DevConsole(name = "bandwidth-sms", displayName = "Bandwidth SMS", description = "Bandwidth messaging producers")
public class BandwidthSmsDevConsole extends AbstractDevConsole {

    public BandwidthSmsDevConsole() {
        super("camel", "bandwidth-sms", "Bandwidth SMS", "Bandwidth messaging producers");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof BandwidthSmsComponent) {
                BandwidthSmsStatistics statistics = ((BandwidthSmsComponent) component).getStatistics();
                text.append("Component: ").append(name).append('\n');
                text.append("    Succeeded: ").append(statistics.succeeded()).append('\n');
                text.append("    Failed: ").append(statistics.failed()).append('\n');
                text.append("    Failed, safe to retry: ").append(statistics.retrySafe()).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof BandwidthSmsComponent) {
                BandwidthSmsStatistics statistics = ((BandwidthSmsComponent) component).getStatistics();
                JsonObject json = new JsonObject();
                json.put("succeeded", new JsonObject(Map.copyOf(statistics.succeeded())));
                json.put("failed", new JsonObject(Map.copyOf(statistics.failed())));
                json.put("retrySafe", statistics.retrySafe());
                root.put(name, json);
            }
        }
        return root;
    }
}
