package io.camelbandwidth.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ExpressionAdapter;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * The server process of the callback benchmark: one Camel context with a Vert.x platform-http server on loopback, and
 * four routes on it, each ending in a {@link CallbackLedger}:
 * <ul>
 *   <li>{@code POST /cb/consumer}: the component's consumer, {@code from("bandwidth-sms:...?callbackUsername=...")}:
 *       credentials, typed events, checks and headers, one exchange per event;</li>
 *   <li>{@code POST /cb/floor}: its floor, a plain platform-http route: check the credentials, unmarshal the JSON array
 *       into Maps with Jackson, split, answer {@code 200 OK} as the component does;</li>
 *   <li>{@code /cb/consumer-idem} and {@code /cb/floor-idem}: the same with a {@code MemoryIdempotentRepository} of
 *       10,000 keys, keyed by message id, type and recipient (the floor with Camel's idempotent consumer in the
 *       split).</li>
 * </ul>
 * Prints {@code READY <port>}, then answers commands on standard input, one per line: {@code stats <route>} (the
 * ledger's counts), {@code allocated} (bytes this JVM's live threads allocated so far), {@code jfr-start} and
 * {@code jfr-stop <file>} (a JFR recording with the {@code profile} settings), {@code quit}.
 */
public final class CallbackServerMain {

    static final String USER = "hook-user";
    static final String PASSWORD = "hook-pass-Z9!";
    static final String ACCOUNT = "9900000";
    static final List<String> ROUTES = List.of("consumer", "floor", "consumer+idem", "floor+idem");
    static final int REPOSITORY_SIZE = 10_000;

    private CallbackServerMain() {
    }

    /** {@code /cb/consumer}, {@code /cb/consumer-idem}, ... (no {@code +}: a URI may decode it as a space). */
    static String path(String route) {
        return "/cb/" + route.replace('+', '-');
    }

    public static void main(String[] args) throws Exception {
        Map<String, CallbackLedger> ledgers = new LinkedHashMap<>();
        ledgers.put("consumer", new CallbackLedger(CallbackServerMain::componentMessageId));
        ledgers.put("consumer+idem", new CallbackLedger(CallbackServerMain::componentMessageId));
        ledgers.put("floor", new CallbackLedger(CallbackServerMain::floorMessageId));
        ledgers.put("floor+idem", new CallbackLedger(CallbackServerMain::floorMessageId));

        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(0);
        context.addService(new VertxPlatformHttpServer(server));
        context.getRegistry().bind("consumerRepository",
                MemoryIdempotentRepository.memoryIdempotentRepository(REPOSITORY_SIZE));
        IdempotentRepository floorRepository = MemoryIdempotentRepository.memoryIdempotentRepository(REPOSITORY_SIZE);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri("consumer", "")).routeId("consumer").process(ledgers.get("consumer"));
                from(consumerUri("consumer+idem", "&idempotentRepository=#consumerRepository")).routeId("consumer+idem")
                        .process(ledgers.get("consumer+idem"));

                floorStart(this, "floor")
                        .split(body())
                            .process(ledgers.get("floor"))
                        .end()
                        .process(CallbackServerMain::answerOk);
                floorStart(this, "floor+idem")
                        .split(body())
                            .idempotentConsumer(new FloorKey()).idempotentRepository(floorRepository)
                                .process(ledgers.get("floor+idem"))
                            .end()
                        .end()
                        .process(CallbackServerMain::answerOk);
            }
        });
        context.start();
        int port = context.hasService(VertxPlatformHttpServer.class).getPort();
        System.out.println("READY " + port);
        System.out.flush();

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Recording recording = null;
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split("\\s+");
            switch (words[0]) {
                case "stats" -> {
                    CallbackLedger ledger = words.length > 1 ? ledgers.get(words[1]) : null;
                    System.out.println(ledger == null ? "ERROR unknown route" : ledger.stats());
                }
                case "allocated" -> System.out.println(SimulatorServer.allocatedBytes());
                case "jfr-start" -> {
                    recording = new Recording(Configuration.getConfiguration("profile"));
                    recording.start();
                    System.out.println("OK");
                }
                case "jfr-stop" -> {
                    recording.stop();
                    recording.dump(Path.of(words[1]));
                    recording.close();
                    System.out.println("OK");
                }
                case "quit" -> {
                    context.stop();
                    System.out.println("BYE");
                    System.out.flush();
                    return;
                }
                default -> System.out.println("ERROR unknown command " + words[0]);
            }
            System.out.flush();
        }
        context.stop();
    }

    private static String consumerUri(String route, String extraOptions) {
        return "bandwidth-sms:" + ACCOUNT + "?webhookPath=" + path(route) + "&callbackUsername=" + USER
               + "&callbackPassword=RAW(" + PASSWORD + ")" + extraOptions;
    }

    /** The floor's first steps: the platform-http endpoint, the credentials, the JSON array as a List of Maps. */
    private static RouteDefinition floorStart(RouteBuilder builder, String route) {
        byte[] expected = Variant.Target.basic(USER, PASSWORD).getBytes(StandardCharsets.UTF_8);
        return builder.from("platform-http:" + path(route) + "?httpMethodRestrict=POST&muteException=true")
                .routeId(route)
                .process(exchange -> {
                    String authorization = exchange.getMessage().getHeader("Authorization", String.class);
                    if (authorization == null
                        || !MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8), expected)) {
                        answer(exchange, 401, "Unauthorized");
                        exchange.setRouteStop(true);
                    }
                })
                .unmarshal(new JacksonDataFormat(List.class));
    }

    /** As the component answers: the request's headers dropped, 200 with a short text. */
    private static void answerOk(Exchange exchange) {
        answer(exchange, 200, "OK");
    }

    private static void answer(Exchange exchange, int status, String text) {
        Message out = exchange.getMessage();
        out.getHeaders().clear();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        out.setBody(text);
    }

    private static String componentMessageId(Exchange exchange) {
        return exchange.getMessage().getBody() instanceof BandwidthCallback
                ? exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class) : null;
    }

    private static String floorMessageId(Exchange exchange) {
        return exchange.getMessage().getBody() instanceof Map<?, ?> event
               && event.get("message") instanceof Map<?, ?> message ? (String) message.get("id") : null;
    }

    /** The component's idempotent key, {@code message id|type|to}, from an event Map. */
    private static final class FloorKey extends ExpressionAdapter {
        @Override
        public Object evaluate(Exchange exchange) {
            Map<?, ?> event = exchange.getMessage().getBody(Map.class);
            Map<?, ?> message = (Map<?, ?>) event.get("message");
            Object to = event.get("to");
            return message.get("id") + "|" + event.get("type") + "|" + (to == null ? "" : to);
        }
    }
}
