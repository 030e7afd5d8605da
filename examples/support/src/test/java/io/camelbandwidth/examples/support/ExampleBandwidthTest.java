package io.camelbandwidth.examples.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExampleBandwidthTest {

    private static Map<String, String> realAccount() {
        Map<String, String> env = new HashMap<>();
        env.put("BANDWIDTH_ACCOUNT_ID", "1234567");
        env.put("BANDWIDTH_APPLICATION_ID", "app");
        env.put("BANDWIDTH_CLIENT_ID", "id");
        env.put("BANDWIDTH_CLIENT_SECRET", "s3cret-value");
        env.put("BANDWIDTH_FROM", "+15550001111");
        return env;
    }

    @Test
    void noVariablesStartsTheSimulator() {
        try (ExampleBandwidth bandwidth = ExampleBandwidth.fromEnvironment(Map.of())) {
            assertTrue(bandwidth.isSimulated());
            Properties properties = bandwidth.camelProperties();
            assertTrue(properties.getProperty("camel.component.bandwidth-sms.base-uri").startsWith("http://127.0.0.1:"));
            assertEquals(ExampleBandwidth.SIMULATED_ACCOUNT_ID, properties.getProperty("bandwidth.account-id"));
        }
    }

    @Test
    void allVariablesUseTheRealAccount() {
        try (ExampleBandwidth bandwidth = ExampleBandwidth.fromEnvironment(realAccount())) {
            assertFalse(bandwidth.isSimulated());
            Properties properties = bandwidth.camelProperties();
            assertEquals("{{env:BANDWIDTH_ACCOUNT_ID}}", properties.getProperty("bandwidth.account-id"));
            assertEquals("{{env:BANDWIDTH_CLIENT_SECRET}}", properties.getProperty("camel.component.bandwidth-sms.client-secret"),
                    "Camel resolves the secret itself; it is never copied into a property");
            assertFalse(properties.containsKey("camel.component.bandwidth-sms.base-uri"), "Bandwidth's own URI");
            assertFalse(bandwidth.describe().contains("s3cret-value"));
            assertFalse(bandwidth.toString().contains("s3cret-value"));
        }
    }

    @Test
    void aPartialAccountIsRefused() {
        Map<String, String> env = realAccount();
        env.remove("BANDWIDTH_CLIENT_SECRET");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExampleBandwidth.fromEnvironment(env));
        assertTrue(e.getMessage().contains("BANDWIDTH_CLIENT_SECRET"), e.getMessage());
    }
}
