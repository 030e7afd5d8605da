package io.camelbandwidth.messaging;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.management.ObjectName;

import io.camelbandwidth.messaging.testkit.CallbackServer;
import io.camelbandwidth.messaging.testkit.TestAccount;
import io.camelbandwidth.messaging.testkit.WebhookClient;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Micrometer is optional: in a JVM whose class path lacks it, the component sends (OAuth2, rate limit), receives a
 * callback and shows its JMX counters, and no Micrometer class, nor the component's Micrometer adapter, is ever
 * loaded. The same JVM with Micrometer on the class path is the control: there the class-loading log does show the
 * adapter, so the check cannot pass by looking at the wrong thing.
 */
class WithoutMicrometerTest {

    @Test
    void theComponentRunsWithoutMicrometerAndLoadsNothingOfIt() throws Exception {
        List<String> output = run(false);

        assertTrue(output.contains("sent=true"), () -> String.join("\n", output));
        assertTrue(output.contains("callback=200"), () -> String.join("\n", output));
        assertTrue(output.contains("jmx.succeeded=1"), () -> String.join("\n", output));
        assertTrue(output.contains("micrometer=absent"), () -> String.join("\n", output));
        List<String> loaded = loadedClasses(output, "io.micrometer.", "io.camelbandwidth.messaging.metrics.Micrometer");
        assertEquals(List.of(), loaded);
    }

    @Test
    void controlWithMicrometerTheAdapterIsLoaded() throws Exception {
        List<String> output = run(true);

        assertTrue(output.contains("sent=true"), () -> String.join("\n", output));
        assertTrue(output.contains("micrometer=present"), () -> String.join("\n", output));
        assertTrue(loadedClasses(output, "io.camelbandwidth.messaging.metrics.MicrometerMetrics").size() > 0,
                () -> String.join("\n", output));
    }

    private static List<String> loadedClasses(List<String> output, String... prefixes) {
        return output.stream()
                .filter(line -> line.contains("[class,load]"))
                .filter(line -> Arrays.stream(prefixes).anyMatch(prefix -> line.contains("] " + prefix)))
                .collect(Collectors.toList());
    }

    /** Runs {@link #main} in a JVM of its own, with or without the Micrometer jars; its output with class loading. */
    private static List<String> run(boolean withMicrometer) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire runs tests from a manifest-only jar; it keeps the real class path here
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> withMicrometer || !entry.contains("micrometer"))
                .collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(java, "-Xlog:class+load=info:stdout",
                "-Dorg.slf4j.simpleLogger.logFile=System.err", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", classPath, WithoutMicrometerTest.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM ended");
        assertEquals(0, process.exitValue(), "exit status");
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    /** The child JVM: a send with OAuth2 and a rate limit, a callback, the JMX counters; prints what it saw. */
    public static void main(String[] args) throws Exception {
        try (BandwidthSimulator simulator = BandwidthSimulator.builder()
                .oauthClient(TestAccount.CLIENT_ID, TestAccount.CLIENT_SECRET).build().start();
             CamelContext context = new DefaultCamelContext()) {
            CallbackServer.addTo(context);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").to("bandwidth-sms:" + TestAccount.ACCOUNT_ID + "?applicationId="
                                           + TestAccount.APPLICATION_ID + "&baseUri=" + simulator.baseUri()
                                           + "&oauthTokenUri=" + simulator.tokenUri() + "&clientId="
                                           + TestAccount.CLIENT_ID + "&clientSecret=RAW(" + TestAccount.CLIENT_SECRET
                                           + ")&from=" + TestAccount.FROM + "&to=%2B15554443333"
                                           + "&maxSegmentsPerSecond=10");
                    from(CallbackServer.consumerUri("")).log("callback ${header.CamelBandwidthEventType}");
                }
            });
            context.start();

            Exchange sent = context.createProducerTemplate().request("direct:send",
                    e -> e.getMessage().setBody("Hello"));
            System.out.println("sent=" + (sent.getException() == null));
            int status = new WebhookClient(CallbackServer.port(context)).post(CallbackServer.PATH, WebhookClient.JSON,
                    WebhookClient.basic(CallbackServer.HOOK_USER, CallbackServer.HOOK_PASSWORD),
                    "[" + WebhookClient.event("message-delivered", "m-1", "+15554443333", null) + "]").statusCode();
            System.out.println("callback=" + status);
            Object succeeded = ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(
                    "org.apache.camel:context=" + context.getManagementName()
                    + ",type=components,name=\"bandwidth-sms\""), "SucceededTotal");
            System.out.println("jmx.succeeded=" + succeeded);
            System.out.println("micrometer=" + (present("io.micrometer.core.instrument.MeterRegistry") ? "present"
                    : "absent"));
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, WithoutMicrometerTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
