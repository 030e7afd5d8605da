package io.camelbandwidth.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbandwidth.messaging.testkit.Recipes;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.messaging.testkit.Stress;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.ApiOperation;
import io.camelbandwidth.simulator.FaultResponse;
import io.camelbandwidth.simulator.Faults;
import io.camelbandwidth.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of messages at concurrency through the documented redelivery recipe while the simulator injects faults:
 * every message is accepted exactly once (after tag-based reconciliation of the ambiguous ones), none is lost or
 * duplicated, no exchange hangs, permanent 4xx are sent once, and stalls fail within the response timeout.
 * <p>
 * The simulator's list of accepted messages stands for what Bandwidth would tell through the delivery callbacks (each
 * carries the message's tag) or the message list: see docs/error-handling.md.
 */
@Stress
class FaultToleranceTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RESPONSE_TIMEOUT_MILLIS = 1000;
    private static final int CONCURRENCY = 64;
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int REVOKE_EVERY = 500;

    /** Outcomes, recorded by the route as a user's route would (a dead letter, a reconciliation queue). */
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final Map<String, BandwidthMaybeSentException> maybeSent = new ConcurrentHashMap<>();
    private final Map<String, BandwidthException> rejected = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the documented recipe: redeliver only what Bandwidth certainly did not accept (429, 5xx, no
                // connection), honouring Retry-After through the CamelRedeliveryDelay header the producer sets...
                Recipes.redeliverRetrySafe(this, 10);
                // ...never resend what may have been sent: reconcile it by tag...
                onException(BandwidthMaybeSentException.class)
                        .handled(true)
                        .process(e -> maybeSent.put(tag(e),
                                e.getProperty(Exchange.EXCEPTION_CAUGHT, BandwidthMaybeSentException.class)));
                // ...and dead-letter permanent rejections
                onException(BandwidthException.class)
                        .handled(true)
                        .process(e -> rejected.put(tag(e), e.getProperty(Exchange.EXCEPTION_CAUGHT,
                                BandwidthException.class)));

                from("direct:send")
                        .to(bandwidth.basicUri("from=" + FROM + "&to=%2B15554443333&responseTimeout=" + RESPONSE_TIMEOUT_MILLIS))
                        .process(e -> sent.add(tag(e)));
                // the default authentication: every send needs a token from the token endpoint
                from("direct:sendWithOAuth")
                        .to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&responseTimeout=" + RESPONSE_TIMEOUT_MILLIS))
                        .process(e -> {
                            sent.add(tag(e));
                            if (sent.size() % REVOKE_EVERY == 0) {
                                bandwidth.simulator().revokeAllTokens(); // Bandwidth refuses the token from now on
                            }
                        });
            }
        };
    }

    /** The faults injected, each taking one request in arrival order; PASS answers normally. */
    private enum Fault {
        PASS, RATE_LIMITED, RATE_LIMITED_RETRY_AFTER, SERVER_ERROR, UNAVAILABLE, DROP_BEFORE_ACCEPT, SLOW,
        DROP_AFTER_ACCEPT, STALL, SLOWER_THAN_TIMEOUT, BAD_REQUEST, FORBIDDEN, NOT_FOUND
    }

    @Test
    @Timeout(90)
    void everyMessageIsAcceptedExactlyOnceThroughMixedFaults() throws Exception {
        int messages = 3000;
        List<Fault> plan = new ArrayList<>();
        Fault[] block = {Fault.RATE_LIMITED, Fault.RATE_LIMITED_RETRY_AFTER, Fault.SERVER_ERROR, Fault.UNAVAILABLE,
            Fault.DROP_BEFORE_ACCEPT, Fault.SLOW, Fault.DROP_AFTER_ACCEPT, Fault.STALL};
        for (int i = 0; i < 30; i++) {
            for (Fault fault : block) {
                plan.add(fault);
                addPasses(plan, 5); // about one request in six fails: 11 attempts make exhaustion negligible
            }
            if (i % 4 == 0) {
                plan.add(Fault.SLOWER_THAN_TIMEOUT);
                addPasses(plan, 5);
            }
        }
        Map<Fault, Long> injected = count(plan);
        queue(bandwidth.simulator().faults(), plan);

        List<String> tags = tags("mixed", messages);
        Map<String, Exchange> finished = ConcurrentSender.send(context, "direct:send", tags, CONCURRENCY, DEADLINE);

        assertEquals(0, bandwidth.simulator().faults().pending(), "every planned fault was used");
        assertNoExchangeFailed(finished);
        assertTrue(rejected.isEmpty(), "nothing is a permanent rejection here: " + rejected.keySet());
        long ambiguous = injected.get(Fault.DROP_BEFORE_ACCEPT) + injected.get(Fault.DROP_AFTER_ACCEPT)
                         + injected.get(Fault.STALL) + injected.get(Fault.SLOWER_THAN_TIMEOUT);
        assertEquals(ambiguous, maybeSent.size(), "each drop, stall and late answer is surfaced as maybe-sent");
        assertEquals(messages - ambiguous, sent.size());
        long retrySafe = injected.get(Fault.RATE_LIMITED) + injected.get(Fault.RATE_LIMITED_RETRY_AFTER)
                         + injected.get(Fault.SERVER_ERROR) + injected.get(Fault.UNAVAILABLE);
        assertEquals(messages + retrySafe, bandwidth.simulator().requests().size(),
                "each 429/500/503 caused exactly one redelivery; nothing else was sent twice");
        assertRetryAfterWasHonoured(injected.get(Fault.RATE_LIMITED_RETRY_AFTER));
        long slowest = finished.values().stream().mapToLong(ConcurrentSender::elapsedMillis).max().orElse(0);
        assertTrue(slowest < 15_000, "no exchange took long: slowest " + slowest + " ms");

        // reconciliation: a maybe-sent message is resent only if Bandwidth has no message with its tag
        Set<String> acceptedTags = acceptedTags().keySet();
        List<String> notAccepted = maybeSent.keySet().stream().filter(t -> !acceptedTags.contains(t)).sorted()
                .collect(Collectors.toList());
        assertEquals(injected.get(Fault.DROP_BEFORE_ACCEPT) + injected.get(Fault.STALL), notAccepted.size(),
                "drops before accepting and stalls were not accepted; drops after accepting and late answers were");
        maybeSent.clear();
        Map<String, Exchange> resent = ConcurrentSender.send(context, "direct:send", notAccepted, CONCURRENCY, DEADLINE);
        assertNoExchangeFailed(resent);
        assertTrue(maybeSent.isEmpty());

        assertAcceptedExactlyOnce(tags);
        assertEquals(messages + retrySafe + notAccepted.size(), bandwidth.simulator().requests().size());
    }

    @Test
    @Timeout(60)
    void permanentRejectionsAreSentOnceAndDeadLettered() throws Exception {
        int messages = 1200;
        List<Fault> plan = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (Fault fault : new Fault[] {Fault.BAD_REQUEST, Fault.FORBIDDEN, Fault.NOT_FOUND, Fault.UNAVAILABLE}) {
                plan.add(fault);
                addPasses(plan, 6);
            }
        }
        Map<Fault, Long> injected = count(plan);
        queue(bandwidth.simulator().faults(), plan);

        List<String> tags = tags("permanent", messages);
        Map<String, Exchange> finished = ConcurrentSender.send(context, "direct:send", tags, CONCURRENCY, DEADLINE);

        assertNoExchangeFailed(finished);
        long permanent = injected.get(Fault.BAD_REQUEST) + injected.get(Fault.FORBIDDEN) + injected.get(Fault.NOT_FOUND);
        assertEquals(permanent, rejected.size(), "every 400/403/404 is dead-lettered");
        for (BandwidthException failure : rejected.values()) {
            assertFalse(failure.isRetrySafe());
            assertFalse(failure.isMaybeSent());
        }
        Map<String, List<RecordedRequest>> attempts = bandwidth.simulator().requests().stream().collect(
                Collectors.groupingBy(FaultToleranceTest::tag));
        for (String tag : rejected.keySet()) {
            List<RecordedRequest> sentAs = new ArrayList<>(attempts.get(tag));
            sentAs.sort((a, b) -> a.time().compareTo(b.time()));
            RecordedRequest last = sentAs.get(sentAs.size() - 1);
            assertTrue(last.status() / 100 == 4, tag + " ended with its 4xx: " + last.status());
            assertTrue(sentAs.subList(0, sentAs.size() - 1).stream().allMatch(r -> r.status() == 503),
                    tag + " was retried only after 503s, never after its 4xx");
        }
        assertEquals(messages + injected.get(Fault.UNAVAILABLE), bandwidth.simulator().requests().size(),
                "only the 503s were redelivered");
        Map<String, Long> accepted = acceptedTags();
        assertEquals(messages - permanent, accepted.size());
        accepted.forEach((tag, count) -> assertEquals(1L, count, tag + " accepted once"));
        assertTrue(rejected.keySet().stream().noneMatch(accepted::containsKey));
        assertTrue(maybeSent.isEmpty());
    }

    @Test
    @Timeout(60)
    void aStalledServerFailsEveryExchangeWithinTheResponseTimeout() throws Exception {
        int messages = 2 * CONCURRENCY;
        bandwidth.simulator().faults().stall(messages);

        List<String> tags = tags("stalled", messages);
        long started = System.nanoTime();
        Map<String, Exchange> finished = ConcurrentSender.send(context, "direct:send", tags, CONCURRENCY, DEADLINE);
        long wallMillis = (System.nanoTime() - started) / 1_000_000;

        assertNoExchangeFailed(finished);
        assertEquals(messages, maybeSent.size(), "a stall is ambiguous: the request was written");
        for (Exchange exchange : finished.values()) {
            long elapsed = ConcurrentSender.elapsedMillis(exchange);
            assertTrue(elapsed >= RESPONSE_TIMEOUT_MILLIS - 50 && elapsed < RESPONSE_TIMEOUT_MILLIS + 2000,
                    "failed within the response timeout of " + RESPONSE_TIMEOUT_MILLIS + " ms: " + elapsed + " ms");
        }
        // 128 stalls at 64 in flight: two waves of one timeout each (+ up to 1 s select interval), not 128 in a row
        assertTrue(wallMillis < 2 * (RESPONSE_TIMEOUT_MILLIS + 1000) + 3000, "took " + wallMillis + " ms");
        assertEquals(0, bandwidth.simulator().acceptedCount());

        maybeSent.clear();
        assertNoExchangeFailed(ConcurrentSender.send(context, "direct:send", tags, CONCURRENCY, DEADLINE));
        assertAcceptedExactlyOnce(tags);
    }

    @Test
    @Timeout(60)
    void aDropAfterAcceptingIsADistinctMaybeSentFailureAndIsNotRetried() throws Exception {
        int messages = 1000;
        List<Fault> plan = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            plan.add(Fault.DROP_AFTER_ACCEPT);
            addPasses(plan, 4);
        }
        queue(bandwidth.simulator().faults(), plan);

        List<String> tags = tags("ambiguous", messages);
        assertNoExchangeFailed(ConcurrentSender.send(context, "direct:send", tags, CONCURRENCY, DEADLINE));

        assertEquals(100, maybeSent.size());
        assertEquals(messages - 100, sent.size());
        assertTrue(rejected.isEmpty());
        for (BandwidthMaybeSentException failure : maybeSent.values()) {
            assertInstanceOf(BandwidthMaybeSentException.class, failure);
            assertTrue(failure.isMaybeSent());
            assertFalse(failure.isRetrySafe(), "not safe to resend blindly");
            assertTrue(failure.getMessage().contains("may have accepted"), failure.getMessage());
        }
        assertEquals(messages, bandwidth.simulator().requests().size(), "no maybe-sent message was redelivered");
        // reconciliation finds every one of them accepted: nothing to resend
        Set<String> accepted = acceptedTags().keySet();
        assertTrue(accepted.containsAll(maybeSent.keySet()));
        assertAcceptedExactlyOnce(tags);
    }

    @Test
    @Timeout(120)
    void everyMessageIsAcceptedExactlyOnceWhileTheTokenEndpointTimesOutFailsAndTokensAreRevoked() throws Exception {
        int messages = 3000;
        Faults token = bandwidth.simulator().faults(ApiOperation.OAUTH2_TOKEN);
        // the first token request times out, then the endpoint is unavailable and rate-limits...
        token.stall(1).respond(503, 1).respond(FaultResponse.status(429).header("Retry-After", "1"), 1)
                .delay(Duration.ZERO, 1);
        int planned = 4;
        // ...and after each revocation (every 500 sends) the first renewal fails one way or another
        int revocations = messages / REVOKE_EVERY - 1;
        for (int i = 0; i < revocations; i++) {
            switch (i % 5) {
                case 0 -> token.respond(503, 1);
                case 1 -> token.stall(1);
                case 2 -> token.respond(429, 1);
                case 3 -> token.dropBeforeAccept(1);
                default -> token.respond(FaultResponse.status(502).body("text/html", "<html>Bad Gateway</html>"), 1);
            }
            token.delay(Duration.ZERO, 1);
            planned += 2;
        }

        List<String> tags = tags("oauth", messages);
        Map<String, Exchange> finished = ConcurrentSender.send(context, "direct:sendWithOAuth", tags, CONCURRENCY,
                DEADLINE);

        assertNoExchangeFailed(finished);
        assertTrue(rejected.isEmpty(), "nothing dead-lettered: " + rejected.values().stream().findFirst());
        assertTrue(maybeSent.isEmpty(), "no token failure looks like maybe-sent: " + maybeSent.keySet());
        assertEquals(0, token.pending(), "every planned token fault was met");
        assertAcceptedExactlyOnce(tags);
        long tokenRequests = bandwidth.simulator().tokenRequests();
        assertTrue(tokenRequests <= planned + 2, "the token endpoint was asked " + tokenRequests + " times for "
                                                 + planned + " planned answers: it backs off, one request at a time");
        assertTrue(bandwidth.simulator().requests().stream().allMatch(r -> r.status() == 202 || r.status() == 401),
                "the API saw only accepted messages and refused tokens");
    }

    private static void addPasses(List<Fault> plan, int count) {
        for (int i = 0; i < count; i++) {
            plan.add(Fault.PASS);
        }
    }

    private static Map<Fault, Long> count(List<Fault> plan) {
        Map<Fault, Long> counts = new HashMap<>();
        for (Fault fault : Fault.values()) {
            counts.put(fault, plan.stream().filter(f -> f == fault).count());
        }
        return counts;
    }

    /** Queues the plan, runs of PASS as zero delays (answered normally). */
    private static void queue(Faults faults, List<Fault> plan) {
        int passes = 0;
        for (Fault fault : plan) {
            if (fault == Fault.PASS) {
                passes++;
                continue;
            }
            if (passes > 0) {
                faults.delay(Duration.ZERO, passes);
                passes = 0;
            }
            switch (fault) {
                case RATE_LIMITED -> faults.respond(429, 1);
                case RATE_LIMITED_RETRY_AFTER -> faults.respond(FaultResponse.status(429).header("Retry-After", "1"), 1);
                case SERVER_ERROR -> faults.respond(500, 1);
                case UNAVAILABLE -> faults.respond(503, 1);
                case BAD_REQUEST -> faults.respond(400, 1);
                case FORBIDDEN -> faults.respond(403, 1);
                case NOT_FOUND -> faults.respond(404, 1);
                case DROP_BEFORE_ACCEPT -> faults.dropBeforeAccept(1);
                case DROP_AFTER_ACCEPT -> faults.dropAfterAccept(1);
                case SLOW -> faults.delay(Duration.ofMillis(100), 1);
                // HttpClient checks timeouts once per select interval (1 s): answer well after timeout + 1 s
                // well past the timeout: HttpClient checks timeouts about once a second, later on a loaded machine
                case SLOWER_THAN_TIMEOUT -> faults.delay(Duration.ofMillis(RESPONSE_TIMEOUT_MILLIS + 4000), 1);
                case STALL -> faults.stall(1);
                default -> throw new IllegalStateException(fault.name());
            }
        }
        if (passes > 0) {
            faults.delay(Duration.ZERO, passes);
        }
    }

    private static List<String> tags(String prefix, int count) {
        List<String> tags = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tags.add(prefix + "-" + i);
        }
        return tags;
    }

    private static String tag(Exchange exchange) {
        return exchange.getMessage().getHeader(BandwidthSmsConstants.TAG, String.class);
    }

    private static String tag(RecordedRequest request) {
        try {
            return JSON.readTree(request.body()).path("tag").asText();
        } catch (Exception e) {
            throw new AssertionError("unreadable request body " + request.body(), e);
        }
    }

    /** Accepted messages per tag. */
    private static Map<String, Long> acceptedTags() {
        return bandwidth.simulator().acceptedMessages().stream().collect(
                Collectors.groupingBy(AcceptedMessage::tag, Collectors.counting()));
    }

    private static void assertNoExchangeFailed(Map<String, Exchange> finished) {
        List<String> failed = finished.entrySet().stream().filter(e -> e.getValue().getException() != null)
                .map(e -> e.getKey() + ": " + e.getValue().getException()).sorted().collect(Collectors.toList());
        assertTrue(failed.isEmpty(), "redeliveries exhausted or unexpected failures: " + failed);
    }

    private static void assertAcceptedExactlyOnce(List<String> tags) {
        Map<String, Long> accepted = acceptedTags();
        Set<String> missing = new HashSet<>(tags);
        missing.removeAll(accepted.keySet());
        assertTrue(missing.isEmpty(), "lost: " + missing);
        Map<String, Long> duplicated = accepted.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertTrue(duplicated.isEmpty(), "duplicated: " + duplicated);
        assertEquals(tags.size(), accepted.size());
    }

    /** The retry after each 429 carrying Retry-After: 1 came at least about a second later. */
    private static void assertRetryAfterWasHonoured(long withRetryAfter) {
        Map<String, List<RecordedRequest>> byTag = bandwidth.simulator().requests().stream().collect(
                Collectors.groupingBy(FaultToleranceTest::tag));
        Queue<Long> gapsAfter429 = new ConcurrentLinkedQueue<>();
        for (List<RecordedRequest> attempts : byTag.values()) {
            List<RecordedRequest> ordered = new ArrayList<>(attempts);
            ordered.sort((a, b) -> a.time().compareTo(b.time()));
            for (int i = 0; i + 1 < ordered.size(); i++) {
                if (ordered.get(i).status() == 429) {
                    gapsAfter429.add(Duration.between(ordered.get(i).time(), ordered.get(i + 1).time()).toMillis());
                }
            }
        }
        // the policy's own delays are at most 250 ms: a gap of 900 ms or more is the Retry-After
        long waitedASecond = gapsAfter429.stream().filter(gap -> gap >= 900).count();
        assertTrue(waitedASecond >= withRetryAfter, waitedASecond + " of " + withRetryAfter
                                                     + " retries waited for Retry-After; gaps " + gapsAfter429);
    }
}
