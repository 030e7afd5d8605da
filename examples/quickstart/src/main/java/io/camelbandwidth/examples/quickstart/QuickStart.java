package io.camelbandwidth.examples.quickstart;

import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Sends the five messages of Bandwidth's "Send SMS or MMS Messages" page through a Camel route: a single SMS, a
 * picture MMS, an MMS with several pictures, a group SMS and a group MMS, and prints what Bandwidth answered.
 * <p>
 * Without {@code BANDWIDTH_*} environment variables it starts the embedded Bandwidth simulator, so it runs with no
 * account. With {@code BANDWIDTH_ACCOUNT_ID}, {@code BANDWIDTH_APPLICATION_ID}, {@code BANDWIDTH_CLIENT_ID},
 * {@code BANDWIDTH_CLIENT_SECRET}, {@code BANDWIDTH_FROM} and {@code BANDWIDTH_TO} (one or two numbers,
 * comma-separated) it sends for real.
 */
public final class QuickStart {

    static final String LOGO = "https://dev.bandwidth.com/images/bandwidth-logo.png";
    static final String GITHUB = "https://dev.bandwidth.com/images/github_logo.png";

    private QuickStart() {
    }

    public static void main(String[] args) throws Exception {
        List<SentMessage> sent = run(System.getenv());
        System.out.println();
        System.out.println("Sent " + sent.size() + " messages:");
        for (SentMessage message : sent) {
            System.out.printf("  %-26s id=%s segments=%s%n", message.example(), message.id(), message.segments());
        }
    }

    /** Runs the quick start with these environment variables and returns what was sent. */
    static List<SentMessage> run(Map<String, String> env) throws Exception {
        BandwidthAccount account = BandwidthAccount.fromEnvironment(env);
        BandwidthSimulator simulator = null;
        if (account == null) {
            simulator = BandwidthSimulator.builder().oauthClient("quickstart-client", "quickstart-secret").build().start();
            account = BandwidthAccount.simulated(simulator);
            System.out.println("No BANDWIDTH_* variables set: sending to the embedded simulator at " + simulator.baseUri());
        }
        try (CamelContext camel = new DefaultCamelContext()) {
            String endpoint = account.endpointUri();
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:sms").routeId("send-sms").to(endpoint);
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            String one = account.recipients().get(0);
            String group = String.join(",", account.recipients());
            return List.of(
                    send(template, "single SMS", "Hello from Apache Camel", Map.of(BandwidthSmsConstants.TO, one)),
                    send(template, "picture MMS", "A picture from Apache Camel",
                            Map.of(BandwidthSmsConstants.TO, one, BandwidthSmsConstants.MEDIA, LOGO)),
                    send(template, "MMS with several pictures", null,
                            Map.of(BandwidthSmsConstants.TO, one, BandwidthSmsConstants.MEDIA, List.of(LOGO, GITHUB))),
                    send(template, "group SMS", "Hello group", Map.of(BandwidthSmsConstants.TO, group)),
                    send(template, "group MMS", "A picture for the group",
                            Map.of(BandwidthSmsConstants.TO, group, BandwidthSmsConstants.MEDIA, LOGO)));
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    private static SentMessage send(ProducerTemplate template, String example, String text, Map<String, Object> headers) {
        Exchange exchange = template.request("direct:sms", e -> {
            e.getMessage().setBody(text);
            e.getMessage().getHeaders().putAll(headers);
        });
        if (exchange.getException() != null) {
            throw new IllegalStateException(example + " failed: " + exchange.getException().getMessage(),
                    exchange.getException());
        }
        return new SentMessage(example, exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class),
                exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT, Integer.class));
    }

    /** One message Bandwidth accepted. */
    record SentMessage(String example, String id, Integer segments) {
    }
}
