package io.camelbandwidth.messaging.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.TestAccount;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer on Camel Main, set up as {@code docs/callbacks.md} says for Camel Main without
 * {@code camel-platform-http-main} (which this build cannot resolve): {@code camel-platform-http-vertx} and a
 * {@link CamelConfiguration} that starts its server. Bandwidth's callbacks (the simulator's, challenge first) reach
 * the route over real HTTP.
 */
class CamelMainRuntimeTest {

    /** The configuration class of {@code docs/callbacks.md}, word for word. */
    public static class CallbackHttpServer implements CamelConfiguration {
        @Override
        public void configure(CamelContext camelContext) throws Exception {
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost(camelContext.resolvePropertyPlaceholders("{{callbacks.host:0.0.0.0}}"));
            server.setBindPort(Integer.parseInt(camelContext.resolvePropertyPlaceholders("{{callbacks.port:8080}}")));
            server.setMaxBodySize(1024L * 1024); // what the server buffers before the consumer sees it
            camelContext.addService(new VertxPlatformHttpServer(server));
        }
    }

    private final List<String> events = new CopyOnWriteArrayList<>();
    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    private Main camelMain() {
        Main camelMain = new Main();
        camelMain.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("bandwidth-sms:{{bandwidth.account-id}}?callbackUsername={{bandwidth.callback-username}}"
                     + "&callbackPassword={{bandwidth.callback-password}}")
                        .process(e -> events.add(
                                e.getMessage().getHeader(BandwidthSmsConstants.EVENT_TYPE, String.class)));
            }
        });
        camelMain.addOverrideProperty("bandwidth.account-id", TestAccount.ACCOUNT_ID);
        camelMain.addOverrideProperty("bandwidth.callback-username", CallbackServer.HOOK_USER);
        camelMain.addOverrideProperty("bandwidth.callback-password", CallbackServer.HOOK_PASSWORD);
        return camelMain;
    }

    @Test
    void callbacksReachTheRouteOnTheServerTheDocsStart() throws Exception {
        main = camelMain();
        main.addOverrideProperty("camel.main.configuration-classes", CallbackHttpServer.class.getName());
        main.addOverrideProperty("callbacks.host", "127.0.0.1");
        main.addOverrideProperty("callbacks.port", "0"); // a free port; the docs' default is 8080
        main.start();

        String url = CallbackServer.url(main.getCamelContext());
        try (BandwidthSimulator bandwidth = BandwidthSimulator.builder().callbackUrl(url)
                .callbackCredentials(CallbackServer.HOOK_USER, CallbackServer.HOOK_PASSWORD).build().start()) {
            boolean acknowledged = bandwidth.postCallback("[" + WebhookClient.event("message-delivered", "m-1",
                    "+15554443333", null) + "]").get(10, TimeUnit.SECONDS);

            assertTrue(acknowledged, "answered 200 after the challenge: " + bandwidth.callbackAttempts());
            assertEquals(List.of("message-delivered"), events);
        }
    }

    @Test
    void camelServerEnabledWithOnlyTheVertxEngineStopsTheStartAskingForCamelPlatformHttpMain() {
        main = camelMain();
        main.addOverrideProperty("camel.server.enabled", "true");

        Exception failure = assertThrows(Exception.class, main::start);

        assertTrue(messages(failure).contains("Add camel-platform-http-main to classpath"), messages(failure));
    }

    @Test
    void theDocsShowThisConfigurationClass() throws IOException {
        String docs = Files.readString(Path.of(System.getProperty("basedir", "."), "../docs/callbacks.md"));
        String test = Files.readString(Path.of(System.getProperty("basedir", "."), "src/test/java",
                getClass().getName().replace('.', '/') + ".java"));

        assertEquals(classBody(test, "    public static class CallbackHttpServer"),
                classBody(docs, "public class CallbackHttpServer"));
    }

    /** The lines of the class that starts at {@code declaration}, up to its closing brace, without indentation. */
    private static List<String> classBody(String source, String declaration) {
        int start = source.indexOf(declaration);
        assertTrue(start >= 0, declaration);
        String indentation = declaration.substring(0, declaration.indexOf("public"));
        String end = "\n" + indentation + "}\n";
        String body = source.substring(source.indexOf('\n', start) + 1, source.indexOf(end, start));
        return body.lines().map(String::strip).toList();
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
