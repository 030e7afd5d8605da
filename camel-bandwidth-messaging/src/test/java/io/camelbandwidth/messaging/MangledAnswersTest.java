package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.Stress;
import io.camelbandwidth.simulator.FaultResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.Mangler.mangle;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bandwidth's answers mangled a thousand ways over real HTTP (fixed seed, so a failure reproduces): every exchange ends
 * with success or one of the component's typed exceptions, and nothing hangs.
 */
@Stress
class MangledAnswersTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final String ERROR = "{\"type\":\"request-validation\",\"description\":\"bad\",\"fieldErrors\":"
                                        + "[{\"fieldName\":\"to\",\"description\":\"not E.164\"}]}";
    private static final String ACCEPTED = "{\"id\":\"1589228074636lm4k2je7j7jklbn2\",\"owner\":\"+15551113333\","
                                           + "\"applicationId\":\"a\",\"time\":\"2026-11-27T10:00:00.000Z\","
                                           + "\"segmentCount\":1,\"direction\":\"out\",\"to\":[\"+15554443333\"],"
                                           + "\"from\":\"+15551113333\",\"text\":\"hi\",\"priority\":\"high\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.basicUri("from=" + FROM + "&to=%2B15554443333&responseTimeout=5000"));
            }
        };
    }

    @Test
    void mangledAnswersOverHttpEndEveryExchangeWithSuccessOrATypedException() {
        Random random = new Random(7L);
        int[] statuses = { 202, 202, 400, 429, 500, 503 };
        int cases = 1000;
        for (int i = 0; i < cases; i++) {
            int status = statuses[random.nextInt(statuses.length)];
            bandwidth.simulator().faults().respond(FaultResponse.status(status)
                    .body("application/json", mangle(status == 202 ? ACCEPTED : ERROR, random)), 1);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            List<CompletableFuture<Exchange>> sends = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                sends.add(template.asyncSend("direct:send", e -> e.getMessage().setBody("hi")));
                if (sends.size() == 50) {
                    sends.forEach(MangledAnswersTest::assertSuccessOrTyped);
                    sends.clear();
                }
            }
            sends.forEach(MangledAnswersTest::assertSuccessOrTyped);
        });
        assertEquals(cases, bandwidth.simulator().requests().size());
    }

    private static void assertSuccessOrTyped(CompletableFuture<Exchange> send) {
        Exception failure = send.join().getException();
        assertTrue(failure == null || failure instanceof BandwidthException, () -> "untyped: " + failure);
    }
}
