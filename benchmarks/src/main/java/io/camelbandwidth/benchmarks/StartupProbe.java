package io.camelbandwidth.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One cold start, in a fresh JVM started by {@link StartupMain}: builds a Camel context with one route, starts it, and
 * gets the first message accepted; prints {@code RESULT key=value ...} and exits. Modes:
 * <ul>
 *   <li>{@code component}: {@code from("direct:send").to("bandwidth-sms:...")}, one message sent through a
 *       ProducerTemplate to the simulator at {@code port}, accepted when Bandwidth's message id is on the answer;</li>
 *   <li>{@code floor}: the same route with the floor's hand-written step ({@link FloorProcessor});</li>
 *   <li>{@code consumer}: a Vert.x platform-http server and {@code from("bandwidth-sms:...?callbackUsername=...")}; one
 *       webhook POST (one event, written on a plain socket so that no HTTP client is loaded), accepted when answered
 *       {@code 200} after the route processed the event.</li>
 * </ul>
 * Arguments: mode, simulator port (producer modes).
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long mainEntered = System.currentTimeMillis();
        long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        CamelContext context = new DefaultCamelContext();
        CountDownLatch routed = new CountDownLatch(1);
        Variant.Target target = args.length > 1 ? new Variant.Target("127.0.0.1", Integer.parseInt(args[1]),
                "9900000", CallbackEvents.APPLICATION_ID, CallbackEvents.OUR_NUMBER, CallbackEvents.RECIPIENT,
                SimulatorServer.USER, SimulatorServer.PASSWORD) : null;
        switch (mode) {
            case "component" -> context.addRoutes(route(r -> r.from(CamelRouteVariant.ENTRY)
                    .to(ComponentVariant.uri(target, ""))));
            case "floor" -> {
                FloorProcessor floor = new FloorProcessor(target);
                context.addRoutes(route(r -> r.from(CamelRouteVariant.ENTRY).process(floor)));
            }
            case "consumer" -> {
                VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
                server.setBindHost("127.0.0.1");
                server.setBindPort(0);
                context.addService(new VertxPlatformHttpServer(server));
                context.addRoutes(route(r -> r.from("bandwidth-sms:" + CallbackServerMain.ACCOUNT + "?webhookPath="
                                                   + CallbackServerMain.path("consumer") + "&callbackUsername="
                                                   + CallbackServerMain.USER + "&callbackPassword=RAW("
                                                   + CallbackServerMain.PASSWORD + ")")
                        .process(exchange -> routed.countDown())));
            }
            default -> throw new IllegalArgumentException("mode: component, floor or consumer, not " + mode);
        }
        long t1 = System.nanoTime();
        context.start();
        long t2 = System.nanoTime();
        if (mode.equals("consumer")) {
            int status = postOneEvent(context.hasService(VertxPlatformHttpServer.class).getPort());
            if (status != 200 || !routed.await(0, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the callback was answered " + status);
            }
        } else {
            ProducerTemplate template = context.createProducerTemplate();
            Endpoint entry = context.getEndpoint(CamelRouteVariant.ENTRY);
            Exchange sent = template.send(entry, exchange -> ComponentVariant.textAndTag(exchange.getMessage(), 1));
            if (sent.getException() != null || sent.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID) == null) {
                throw new IllegalStateException("the first message was not accepted", sent.getException());
            }
        }
        long t3 = System.nanoTime();
        long heap = InFlightTest.usedHeapAfterGc();
        System.out.printf(java.util.Locale.ROOT, "RESULT jvmToMainMs=%d buildMs=%.1f startMs=%.1f startToFirstMs=%.1f "
                                                 + "jvmToFirstMs=%d heapAfterGcBytes=%d classesLoaded=%d threads=%d "
                                                 + "residentBytes=%d%n",
                mainEntered - jvmStarted, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t1) / 1e6,
                mainEntered - jvmStarted + TimeUnit.NANOSECONDS.toMillis(t3 - t0), heap,
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount(),
                ManagementFactory.getThreadMXBean().getThreadCount(), residentBytes());
        System.out.flush();
        context.stop();
        System.exit(0);
    }

    private interface Routes {
        void configure(RouteBuilder builder) throws Exception;
    }

    private static RouteBuilder route(Routes routes) {
        return new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                routes.configure(this);
            }
        };
    }

    /** One webhook POST of one event with the right credentials; the HTTP status of the answer. */
    private static int postOneEvent(int port) throws IOException {
        byte[] body = CallbackEvents.batch(0, 1);
        String head = "POST " + CallbackServerMain.path("consumer") + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                      + "Authorization: " + Variant.Target.basic(CallbackServerMain.USER, CallbackServerMain.PASSWORD)
                      + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                      + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                statusLine.append((char) c);
            }
            String[] parts = statusLine.toString().split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        }
    }

    private static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
