package io.camelbandwidth.examples.support;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.camelbandwidth.simulator.BandwidthSimulator;

/**
 * Where an example sends: a real Bandwidth account when the {@code BANDWIDTH_*} environment variables are set, the
 * embedded Bandwidth simulator otherwise. Either way the example gets the same Camel properties
 * ({@code camel.component.bandwidth-sms.*} and {@code bandwidth.account-id}), so its routes never know which.
 * <p>
 * A real account needs {@code BANDWIDTH_ACCOUNT_ID}, {@code BANDWIDTH_APPLICATION_ID}, {@code BANDWIDTH_CLIENT_ID},
 * {@code BANDWIDTH_CLIENT_SECRET} and {@code BANDWIDTH_FROM}; {@code BANDWIDTH_TO} (a number of yours, or several
 * comma-separated) is what the printed instructions suggest as recipient.
 */
public final class ExampleBandwidth implements AutoCloseable {

    public static final List<String> REQUIRED = List.of("BANDWIDTH_ACCOUNT_ID", "BANDWIDTH_APPLICATION_ID",
            "BANDWIDTH_CLIENT_ID", "BANDWIDTH_CLIENT_SECRET", "BANDWIDTH_FROM");

    /** The simulated account. */
    public static final String SIMULATED_ACCOUNT_ID = "9900000";
    public static final String SIMULATED_APPLICATION_ID = "93de2206-9669-4e07-948d-329f4b722ee2";
    public static final String SIMULATED_CLIENT_ID = "example-client";
    public static final String SIMULATED_CLIENT_SECRET = "example-secret";
    public static final String SIMULATED_FROM = "+15551113333";
    public static final String SIMULATED_TO = "+15554443333";

    private final Properties properties;
    private final String sampleRecipient;
    private final BandwidthSimulator simulator;

    private ExampleBandwidth(Properties properties, String sampleRecipient, BandwidthSimulator simulator) {
        this.properties = properties;
        this.sampleRecipient = sampleRecipient;
        this.simulator = simulator;
    }

    /**
     * The real account when {@code BANDWIDTH_*} variables are set, else a freshly started simulator. {@code env} is
     * the process environment: the Camel properties of a real account are {@code {{env:BANDWIDTH_...}}} placeholders.
     *
     * @throws IllegalArgumentException when some but not all required variables are set (never silently simulate)
     */
    public static ExampleBandwidth fromEnvironment(Map<String, String> env) {
        List<String> missing = REQUIRED.stream().filter(name -> isBlank(env.get(name))).toList();
        if (missing.size() == REQUIRED.size()) {
            return simulated(simulatorBuilder().build().start(), true);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Set all of " + REQUIRED + " to use a real account; missing " + missing);
        }
        // placeholders, resolved by Camel from the process environment: the secrets never sit in a property
        Properties properties = new Properties();
        properties.setProperty("bandwidth.account-id", "{{env:BANDWIDTH_ACCOUNT_ID}}");
        properties.setProperty("camel.component.bandwidth-sms.application-id", "{{env:BANDWIDTH_APPLICATION_ID}}");
        properties.setProperty("camel.component.bandwidth-sms.client-id", "{{env:BANDWIDTH_CLIENT_ID}}");
        properties.setProperty("camel.component.bandwidth-sms.client-secret", "{{env:BANDWIDTH_CLIENT_SECRET}}");
        properties.setProperty("camel.component.bandwidth-sms.from", "{{env:BANDWIDTH_FROM}}");
        String to = env.get("BANDWIDTH_TO");
        return new ExampleBandwidth(properties, isBlank(to) ? "<your number, +1...>" : to.strip(), null);
    }

    /** A simulator that knows the OAuth2 client of {@link #simulated}, to be set up further and started. */
    public static BandwidthSimulator.Builder simulatorBuilder() {
        return BandwidthSimulator.builder().oauthClient(SIMULATED_CLIENT_ID, SIMULATED_CLIENT_SECRET);
    }

    /**
     * Uses a simulator the caller started (tests); the caller stops it. It must know the OAuth2 client
     * {@link #SIMULATED_CLIENT_ID} / {@link #SIMULATED_CLIENT_SECRET}.
     */
    public static ExampleBandwidth simulated(BandwidthSimulator simulator) {
        return simulated(simulator, false);
    }

    private static ExampleBandwidth simulated(BandwidthSimulator simulator, boolean owned) {
        Properties properties = new Properties();
        properties.setProperty("bandwidth.account-id", SIMULATED_ACCOUNT_ID);
        properties.setProperty("camel.component.bandwidth-sms.application-id", SIMULATED_APPLICATION_ID);
        properties.setProperty("camel.component.bandwidth-sms.client-id", SIMULATED_CLIENT_ID);
        properties.setProperty("camel.component.bandwidth-sms.client-secret", SIMULATED_CLIENT_SECRET);
        properties.setProperty("camel.component.bandwidth-sms.from", SIMULATED_FROM);
        properties.setProperty("camel.component.bandwidth-sms.base-uri", simulator.baseUri());
        properties.setProperty("camel.component.bandwidth-sms.oauth-token-uri", simulator.tokenUri());
        // the simulator's credentials are no secret: no plain-text-secret warning for them
        properties.setProperty("camel.security.allowedProperties",
                "camel.component.bandwidth-sms.clientId,camel.component.bandwidth-sms.clientSecret");
        return new ExampleBandwidth(properties, SIMULATED_TO, owned ? simulator : null);
    }

    /** The Camel properties that point the {@code bandwidth-sms} component at this account (a copy). */
    public Properties camelProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** Whether messages go to the simulator (and nobody's phone). */
    public boolean isSimulated() {
        return properties.containsKey("camel.component.bandwidth-sms.base-uri");
    }

    /** A recipient to show in the printed instructions. */
    public String sampleRecipient() {
        return sampleRecipient;
    }

    /** Whether {@link #sampleRecipient()} is a real number (the simulator's, or {@code BANDWIDTH_TO}). */
    public boolean hasRecipient() {
        return sampleRecipient.startsWith("+");
    }

    /** One line saying where messages go, without any secret or number. */
    public String describe() {
        return isSimulated()
                ? "No BANDWIDTH_* variables set: sending to the embedded Bandwidth simulator at "
                  + properties.getProperty("camel.component.bandwidth-sms.base-uri")
                : "BANDWIDTH_* variables set: sending for real through your Bandwidth account";
    }

    /** Stops the simulator if this object started it. */
    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Override
    public String toString() {
        return "ExampleBandwidth[" + (isSimulated() ? "simulated" : "real account") + "]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
