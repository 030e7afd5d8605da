package io.camelbandwidth.examples.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * One instance of the fleet: Camel Main with the outbound and callback routes, a client of the Hazelcast cluster that
 * holds the account's rate, and a connection pool to the shared PostgreSQL database. Every instance of a fleet runs
 * this with the same settings but its own {@code fleet.instance-id} and {@code fleet.webhook.port}.
 * <p>
 * As a process: {@code java -cp ... io.camelbandwidth.examples.fleet.FleetInstance instance.properties} (the settings
 * of {@code application.properties} and {@code camel.component.bandwidth-sms.*}); it prints {@value #READY} and its id
 * once it consumes, and runs until stopped.
 */
public final class FleetInstance {

    /** Printed on standard output once the instance runs. */
    public static final String READY = "FLEET-INSTANCE-READY";

    private FleetInstance() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: FleetInstance <instance.properties>");
            System.exit(2);
        }
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        Main main = create(settings);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport started) {
                System.out.println(READY + " " + settings.getProperty("fleet.instance-id"));
            }
        });
        main.run();
    }

    /**
     * The instance's Camel Main; it connects to the shared stores now and lets go of them when it stops.
     *
     * @param overrides the instance's settings over {@code application.properties}
     */
    public static Main create(Properties overrides) {
        Properties settings = defaults();
        settings.putAll(overrides);
        FleetResources resources = FleetResources.open(settings);
        Main main = new Main();
        resources.bindTo(main);
        main.configure().addRoutesBuilder(new OutboundRoutes());
        main.configure().addRoutesBuilder(new CallbackRoutes());
        main.setOverrideProperties(overrides);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport starting) {
                // the HTTP server the bandwidth-sms consumer receives the webhooks on
                VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
                server.setBindHost(settings.getProperty("fleet.webhook.host"));
                server.setBindPort(Integer.parseInt(settings.getProperty("fleet.webhook.port")));
                try {
                    starting.getCamelContext().addService(new VertxPlatformHttpServer(server));
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot add the webhook server", e);
                }
            }

            @Override
            public void afterStop(BaseMainSupport stopped) {
                resources.close();
            }
        });
        return main;
    }

    /** The settings of {@code application.properties}. */
    static Properties defaults() {
        Properties defaults = new Properties();
        try (InputStream in = FleetInstance.class.getResourceAsStream("/application.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return defaults;
    }
}
