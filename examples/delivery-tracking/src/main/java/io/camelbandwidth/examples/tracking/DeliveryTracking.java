package io.camelbandwidth.examples.tracking;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.model.ErrorCodeInfo;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * Send, then learn what became of the message: sends two SMS through the embedded Bandwidth simulator, one to a
 * number the simulator fails with error 4720 (a landline), and receives their delivery callbacks with the
 * {@code bandwidth-sms} consumer, correlated by tag and message id.
 * <p>
 * The simulator calls back like Bandwidth: {@code 401} challenge first, then the callback credentials. Against a
 * real account, Bandwidth must reach the consumer's URL from the internet: see {@code docs/callbacks.md}.
 */
public final class DeliveryTracking {

    static final String ACCOUNT_ID = "9900000";
    static final String APPLICATION_ID = "93de2206-9669-4e07-948d-329f4b722ee2";
    static final String FROM = "+15551113333";
    static final String HANDSET = "+15554443333";
    static final String LANDLINE = "+15552220000";
    private static final String HOOK_USER = "hooks";
    private static final String HOOK_PASSWORD = "example-hook-secret";

    private DeliveryTracking() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println();
        for (Outcome outcome : run(Duration.ofSeconds(10)).values()) {
            System.out.println("  " + outcome);
        }
    }

    /** Sends the two messages and returns their outcomes by tag (sorted), once both are known. */
    static Map<String, Outcome> run(Duration timeout) throws Exception {
        int port = freePort();
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        CountDownLatch terminal = new CountDownLatch(2);
        try (BandwidthSimulator simulator = BandwidthSimulator.builder()
                .oauthClient("tracking-client", "tracking-secret")
                .callbackUrl("http://127.0.0.1:" + port + "/bandwidth/callbacks")
                .callbackCredentials(HOOK_USER, HOOK_PASSWORD)
                .build().start();
             CamelContext camel = new DefaultCamelContext()) {
            simulator.failRecipient(LANDLINE, 4720);

            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            // refuse larger bodies while reading them, chunked or not (camel.server.maxBodySize in Camel Main)
            server.setMaxBodySize(BandwidthSmsConfiguration.DEFAULT_MAX_BODY_SIZE);
            camel.addService(new VertxPlatformHttpServer(server));
            camel.getRegistry().bind("seen", MemoryIdempotentRepository.memoryIdempotentRepository(10_000));

            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").routeId("send")
                            .to("bandwidth-sms:" + ACCOUNT_ID + "?applicationId=" + APPLICATION_ID + "&from=RAW(" + FROM
                                + ")&clientId=tracking-client&clientSecret=RAW(tracking-secret)"
                                + "&baseUri=" + simulator.baseUri() + "&oauthTokenUri=" + simulator.tokenUri());

                    from("bandwidth-sms:" + ACCOUNT_ID + "?callbackUsername=" + HOOK_USER
                         + "&callbackPassword=RAW(" + HOOK_PASSWORD + ")&idempotentRepository=#seen")
                            .routeId("delivery-status")
                            // a real application would update its order or ticket here, quickly (10 s limit)
                            .process(exchange -> {
                                Outcome outcome = Outcome.of(exchange);
                                outcomes.put(outcome.tag(), outcome);
                                if (outcome.terminal()) {
                                    terminal.countDown();
                                }
                            });
                }
            });
            camel.start();

            ProducerTemplate template = camel.createProducerTemplate();
            send(template, "order-1001", HANDSET, "Your order 1001 shipped");
            send(template, "order-1002", LANDLINE, "Your order 1002 shipped");

            if (!terminal.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("No delivery status within " + timeout + ": " + outcomes);
            }
            return new TreeMap<>(outcomes);
        }
    }

    private static void send(ProducerTemplate template, String tag, String to, String text) {
        Exchange exchange = template.request("direct:send", e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(BandwidthSmsConstants.TO, to);
            e.getMessage().setHeader(BandwidthSmsConstants.TAG, tag);
        });
        if (exchange.getException() != null) {
            throw new IllegalStateException("Sending " + tag + " failed", exchange.getException());
        }
        System.out.println("Sent " + tag + " as message " + exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * What became of one message.
     *
     * @param tag       the tag it was sent with
     * @param messageId the id Bandwidth gave it
     * @param status    the last event type
     * @param error     what the error code means, for {@code message-failed}
     */
    record Outcome(String tag, String messageId, String status, ErrorCodeInfo error) {

        static Outcome of(Exchange exchange) {
            BandwidthCallback event = exchange.getMessage().getBody(BandwidthCallback.class);
            return new Outcome(event.getMessage().getTag(), event.getMessage().getId(), event.getType(),
                    event.getErrorCodeInfo().orElse(null));
        }

        boolean terminal() {
            return List.of(BandwidthCallback.MESSAGE_DELIVERED, BandwidthCallback.MESSAGE_FAILED).contains(status);
        }

        @Override
        public String toString() {
            return tag + ": " + status + " (message " + messageId + ")"
                   + (error == null ? "" : ", error " + error.code() + " " + error.name() + ", " + error.category()
                                           + (error.resendMayHelp() ? ", a resend may help" : ", do not resend"));
        }
    }
}
