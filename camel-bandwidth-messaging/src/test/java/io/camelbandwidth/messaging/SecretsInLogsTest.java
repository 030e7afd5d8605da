package io.camelbandwidth.messaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_SECRET;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.PASSWORD;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends, fails and renews tokens with this component logging at TRACE and Camel at DEBUG (see
 * {@code simplelogger.properties}), then searches the log and every exception for secrets, tokens, message text and
 * phone numbers.
 */
class SecretsInLogsTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final Path LOG = Path.of("target/test-trace.log");
    private static final String TEXT = "Your one-time code is 739184";
    private static final String RECIPIENT = "+15557654321";

    private final List<Exception> failures = new ArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:oauth").to(bandwidth.oauthUri("from=" + FROM + "&proxyAuthPassword=proxy-secret-5521"
                                                 + "&proxyAuthUsername=proxy-user-5521"));
                from("direct:basic").to(bandwidth.basicUri("from=" + FROM));
                from("direct:wrongSecret").to(bandwidth.oauthUri("from=" + FROM).replace(CLIENT_SECRET, "wrong-secret-3390"));
            }
        };
    }

    @Test
    void noSecretTokenTextOrNumberIsLoggedOrThrown() throws Exception {
        send("direct:oauth", null);
        bandwidth.simulator().revokeAllTokens();
        send("direct:oauth", null); // 401, token renewed, resent
        send("direct:basic", null);
        bandwidth.simulator().faults().respond(500, 1);
        send("direct:basic", BandwidthServerException.class);
        send("direct:wrongSecret", BandwidthAuthenticationException.class);
        send("direct:oauth", null);

        List<String> tokens = bandwidth.simulator().requests().stream().map(r -> r.header("Authorization"))
                .filter(h -> h != null && h.startsWith("Bearer ")).map(h -> h.substring(7)).distinct().toList();
        assertTrue(tokens.size() >= 2, "two tokens were used: " + tokens.size());
        String basicHeader = bandwidth.simulator().requests().stream().map(r -> r.header("Authorization"))
                .filter(h -> h != null && h.startsWith("Basic ")).findFirst().orElseThrow();

        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("io.camelbandwidth"), "the component did log at TRACE/DEBUG");
        List<String> forbidden = new ArrayList<>(List.of(CLIENT_SECRET, PASSWORD, "wrong-secret-3390", "proxy-secret-5521",
                basicHeader.substring(6), TEXT));
        forbidden.addAll(tokens);
        for (String secret : forbidden) {
            assertFalse(log.contains(secret), "the log shows a secret or the text: " + secret);
            for (Exception failure : failures) {
                assertFalse(String.valueOf(failure).contains(secret), failure.toString());
            }
        }
        for (String line : log.split("\n")) {
            if (line.contains(" INFO ") || line.contains(" WARN ") || line.contains(" ERROR ")) {
                assertFalse(line.contains(RECIPIENT), "a phone number at INFO or above: " + line);
            }
        }
    }

    private void send(String route, Class<? extends Exception> expectedFailure) {
        Exchange exchange = template.request(route, e -> {
            e.getMessage().setBody(TEXT);
            e.getMessage().setHeader(BandwidthSmsConstants.TO, RECIPIENT);
        });
        if (expectedFailure == null) {
            assertNull(exchange.getException(), () -> "unexpected " + exchange.getException());
        } else {
            failures.add(failure(exchange, expectedFailure));
        }
    }
}
