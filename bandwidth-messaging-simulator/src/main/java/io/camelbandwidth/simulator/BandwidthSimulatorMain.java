package io.camelbandwidth.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link BandwidthSimulator} as a stand-alone process until it is killed.
 *
 * <p>Port: the first argument, else {@code BANDWIDTH_SIMULATOR_PORT}, else {@value #DEFAULT_PORT}. Environment
 * variables (defaults in brackets):
 * <ul>
 *   <li>{@code BANDWIDTH_SIMULATOR_USERNAME} [{@value #DEFAULT_USERNAME}], {@code BANDWIDTH_SIMULATOR_PASSWORD}
 *       [{@value #DEFAULT_PASSWORD}]: the accepted Basic API user;</li>
 *   <li>{@code BANDWIDTH_SIMULATOR_CLIENT_ID} [{@value #DEFAULT_CLIENT_ID}],
 *       {@code BANDWIDTH_SIMULATOR_CLIENT_SECRET} [{@value #DEFAULT_CLIENT_SECRET}]: the accepted OAuth2 client;</li>
 *   <li>{@code BANDWIDTH_SIMULATOR_TOKEN_LIFETIME_SECONDS} [3600];</li>
 *   <li>{@code BANDWIDTH_SIMULATOR_CALLBACK_URL} [none], {@code BANDWIDTH_SIMULATOR_CALLBACK_USERNAME} and
 *       {@code BANDWIDTH_SIMULATOR_CALLBACK_PASSWORD} [none]: where and how webhooks are sent.</li>
 * </ul>
 * Run with {@code ./mvnw -pl bandwidth-messaging-simulator exec:java} or
 * {@code java -cp … io.camelbandwidth.simulator.BandwidthSimulatorMain 8089}.
 */
public final class BandwidthSimulatorMain {

    /** The port used when neither an argument nor {@code BANDWIDTH_SIMULATOR_PORT} gives one. */
    public static final int DEFAULT_PORT = 8089;
    static final String DEFAULT_USERNAME = "simulator-user";
    static final String DEFAULT_PASSWORD = "simulator-password";
    static final String DEFAULT_CLIENT_ID = "simulator-client";
    static final String DEFAULT_CLIENT_SECRET = "simulator-secret";

    private BandwidthSimulatorMain() {
    }

    /**
     * Starts the simulator and blocks until the process is killed.
     *
     * @param args optionally the port
     * @throws InterruptedException if the main thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        int port = Integer.parseInt(args.length > 0 ? args[0] : env.getOrDefault("BANDWIDTH_SIMULATOR_PORT",
                String.valueOf(DEFAULT_PORT)));
        String user = env.getOrDefault("BANDWIDTH_SIMULATOR_USERNAME", DEFAULT_USERNAME);
        String password = env.getOrDefault("BANDWIDTH_SIMULATOR_PASSWORD", DEFAULT_PASSWORD);
        String clientId = env.getOrDefault("BANDWIDTH_SIMULATOR_CLIENT_ID", DEFAULT_CLIENT_ID);
        String clientSecret = env.getOrDefault("BANDWIDTH_SIMULATOR_CLIENT_SECRET", DEFAULT_CLIENT_SECRET);
        long lifetime = Long.parseLong(env.getOrDefault("BANDWIDTH_SIMULATOR_TOKEN_LIFETIME_SECONDS", "3600"));
        String callbackUrl = env.get("BANDWIDTH_SIMULATOR_CALLBACK_URL");
        String callbackUser = env.get("BANDWIDTH_SIMULATOR_CALLBACK_USERNAME");
        String callbackPassword = env.get("BANDWIDTH_SIMULATOR_CALLBACK_PASSWORD");

        BandwidthSimulator.Builder builder = BandwidthSimulator.builder()
                .port(port)
                .basicCredentials(user, password)
                .oauthClient(clientId, clientSecret)
                .tokenLifetime(Duration.ofSeconds(lifetime))
                .recordLimit(10_000)
                .callbackUrl(callbackUrl);
        if (callbackUser != null && callbackPassword != null) {
            builder.callbackCredentials(callbackUser, callbackPassword);
        }
        BandwidthSimulator simulator = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "bandwidth-simulator-shutdown"));

        System.out.println("Bandwidth Messaging API simulator running");
        System.out.println("  base URI      " + simulator.baseUri()
                + "   (POST {base}/users/{accountId}/messages)");
        System.out.println("  token URI     " + simulator.tokenUri());
        System.out.println("  Basic user    " + user + " / " + password);
        System.out.println("  OAuth2 client " + clientId + " / " + clientSecret + "   (tokens live " + lifetime + " s)");
        System.out.println("  callbacks     " + (callbackUrl == null ? "none (set BANDWIDTH_SIMULATOR_CALLBACK_URL)"
                : callbackUrl + (callbackUser == null ? "" : "   (Basic " + callbackUser + ")")));
        System.out.println("Stop with Ctrl-C.");
        stopped.await();
    }
}
