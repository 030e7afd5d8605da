package io.camelbandwidth.examples.fleet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof: three instances in their own JVMs on a real broker, database and Hazelcast member, the simulator as
 * Bandwidth, 3,200 messages (5,276 segments) at a fleet-wide 150 segments per second, and the second instance killed
 * with SIGKILL when a third of them were accepted.
 */
@Tag("stress")
@ExtendWith(SharedInfrastructure.class)
class FleetFailoverTest {

    /** Ten segments each, first: the fleet asks for more than the rate, however slow the machine. */
    static final int HEAVY = 200;
    static final int MESSAGES = 3000;
    static final int RATE = 150;
    static final Duration BURST = Duration.ofMillis(100);
    /** Maybe-sent answers injected at the start: the request reaches the simulator, the answer never comes back. */
    static final int DROPPED_ANSWERS = 2;

    static BandwidthSimulator simulator;
    static FleetReport report;

    @BeforeAll
    static void run() throws Exception {
        simulator = FleetTestSupport.simulator();
        simulator.faults().dropAfterAccept(DROPPED_ANSWERS);
        FleetTopics topics = FleetTestSupport.infrastructure().createTopics(FleetTopics.suffixed("-failover-test"));
        report = new FleetScenario(FleetTestSupport.infrastructure(), topics, simulator,
                new FleetScenario.Settings(HEAVY, MESSAGES, RATE, BURST, 3, true,
                        Path.of("target", "fleet-failover-test")),
                System.out).run(Duration.ofMinutes(4));
        report.print(System.out);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void theInstanceWasKilledMidRun() {
        assertNotNull(report.killed());
        assertTrue(report.acceptedAtKill() > 0 && report.acceptedAtKill() < report.sent() * 2 / 3,
                "killed after " + report.acceptedAtKill() + " of " + report.sent());
    }

    @Test
    void everyMessageIsAcceptedAtLeastOnceOrDeadLetteredWithItsReason() {
        assertEquals(HEAVY + MESSAGES - report.invalid().size(), report.sent(), "every sendable message accepted");
        assertEquals(report.invalid(), report.deadLettered(), "exactly the unsendable ones dead-lettered");
        assertTrue(report.deadLetters().stream().allMatch(r -> FleetKafka.header(r, OutboundRoutes.SMS_FAILURE)
                .contains("BandwidthValidationException")));
    }

    @Test
    void duplicatesAreBoundedByWhatWasInFlightAtTheKillAndEachIsReconciled() {
        Set<String> duplicates = report.duplicates().keySet();
        assertTrue(duplicates.size() <= FleetScenario.CONSUMERS_PER_INSTANCE,
                "at most one per consumer of the killed instance: " + duplicates);
        assertTrue(report.inFlightAtKill().containsAll(duplicates),
                "only messages in flight at the kill: " + duplicates + " not in " + report.inFlightAtKill());
        assertTrue(report.reconciled(OutboundRoutes.RESENT_AFTER_FAILOVER).containsAll(duplicates),
                "each possible duplicate is on the reconciliation topic");
        assertTrue(report.duplicates().values().stream().allMatch(count -> count == 2), "never three times");
    }

    @Test
    void maybeSentIsReconciledAndNeverSentAgain() {
        Set<String> maybeSent = report.reconciled(OutboundRoutes.MAYBE_SENT);
        assertEquals(DROPPED_ANSWERS, maybeSent.size(), maybeSent.toString());
        Set<String> once = new HashSet<>();
        for (AcceptedMessage message : report.accepted()) {
            if (maybeSent.contains(message.tag())) {
                assertTrue(once.add(message.tag()), "sent again: " + message.tag());
            }
        }
    }

    /**
     * A token bucket of rate R and a burst of B seconds lets at most R * (1 + B) segments be reserved within any
     * second: 165 here. The simulator sees each send some milliseconds after its reserved time, and that delay varies:
     * three instance JVMs share two cores with the broker, the database, the Hazelcast member and the simulator (and,
     * in CI, with the rest of the build), so delayed sends start late and in bunches; a CI run saw 200 in one second,
     * a fifth of a second of such lateness. The tolerance allows half a second of it (75 segments). What the test must
     * tell apart stays apart: the ten-segment messages at the start ask for far more than the rate, so the rate is
     * reached, and without a shared limiter (each instance at R) the peak would be two to three times R, at least 300.
     */
    @Test
    void theFleetStaysWithinTheAccountsRateInEveryOneSecondWindow() {
        int peak = report.peakSegmentsPerSecond();
        int limit = (int) (RATE * (1 + BURST.toMillis() / 1000.0) + RATE / 2);
        assertTrue(peak <= limit, "peak " + peak + " segments/s, limit " + limit);
        assertTrue(peak >= RATE * 0.8, "the rate was reached (else this proves nothing): peak " + peak);
    }

    /**
     * Lateness moves sends between windows but adds none: over ten seconds the same half second of tolerance is 5%,
     * so a limiter that let the fleet run even a tenth above the rate would fail here.
     */
    @Test
    void theFleetKeepsToTheAccountsRateOverAnyTenSeconds() {
        int peak = SegmentWindows.peak(report.accepted(), Duration.ofSeconds(10));
        int limit = (int) (RATE * (10 + BURST.toMillis() / 1000.0) + RATE / 2);
        assertTrue(peak <= limit, "peak " + peak + " segments in ten seconds, limit " + limit);
    }

    @Test
    void everyCallbackEventIsProcessedExactlyOnceAcrossTheFleet() {
        assertEquals(report.expectedEvents().size(), report.eventsProcessed(), "every event processed");
        assertTrue(report.eventsProcessedTwice().isEmpty(), "none twice: " + report.eventsProcessedTwice());
    }
}
