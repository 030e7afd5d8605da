package io.camelbandwidth.examples.fleet;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.camelbandwidth.simulator.AcceptedMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a {@link FleetScenario} run did, from the outside: what Bandwidth (the simulator) accepted and when, what the
 * dead-letter and reconciliation topics hold, what the application's status table holds.
 *
 * @param settings        the run's settings
 * @param produced        outbound messages produced
 * @param segments        what the sendable ones cost, in segments
 * @param invalid         the tags of the messages that cannot be sent
 * @param accepted        every message the simulator accepted in this run, duplicates included
 * @param deadLetters     the run's records on the dead-letter topic
 * @param reconciliations the run's records on the reconciliation topic
 * @param expectedEvents  the callback events the simulator had to deliver (one per accepted message and recipient)
 * @param processedEvents the application's status rows: event key to how many times it was processed
 * @param killed          the instance killed with SIGKILL, or null
 * @param acceptedAtKill  messages accepted when it was killed
 * @param inFlightAtKill  tags claimed and not marked sent right after the kill (the dead instance's unfinished sends
 *                        are among them)
 * @param elapsed         from the first message produced to the last callback processed
 */
public record FleetReport(FleetScenario.Settings settings, int produced, long segments, Set<String> invalid,
                          List<AcceptedMessage> accepted, List<ConsumerRecord<String, String>> deadLetters,
                          List<ConsumerRecord<String, String>> reconciliations, Set<String> expectedEvents,
                          Map<String, Integer> processedEvents, String killed, long acceptedAtKill,
                          Set<String> inFlightAtKill, Duration elapsed) {

    /** Distinct messages accepted. */
    public long sent() {
        return accepted.stream().map(AcceptedMessage::tag).distinct().count();
    }

    /** Tags accepted more than once, with how often. */
    public Map<String, Long> duplicates() {
        Map<String, Long> counts = accepted.stream()
                .collect(Collectors.groupingBy(AcceptedMessage::tag, Collectors.counting()));
        counts.values().removeIf(count -> count < 2);
        return counts;
    }

    /** Distinct tags dead-lettered. */
    public Set<String> deadLettered() {
        return deadLetters.stream().map(record -> tag(record.value()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Distinct tags on the reconciliation topic with this outcome. */
    public Set<String> reconciled(String outcome) {
        return reconciliations.stream()
                .filter(record -> outcome.equals(FleetKafka.header(record, OutboundRoutes.SMS_OUTCOME)))
                .map(ConsumerRecord::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The most segments the simulator accepted within any one second. */
    public int peakSegmentsPerSecond() {
        return SegmentWindows.peak(accepted, Duration.ofSeconds(1));
    }

    /** Expected callback events processed at least once. */
    public long eventsProcessed() {
        return expectedEvents.stream().filter(processedEvents::containsKey).count();
    }

    /** Events processed more than once. */
    public Map<String, Integer> eventsProcessedTwice() {
        Map<String, Integer> twice = new HashMap<>(processedEvents);
        twice.values().removeIf(count -> count < 2);
        return twice;
    }

    public void print(PrintStream out) {
        out.println();
        out.printf("Kafka fleet: %d instances (separate JVMs), one account at %d segments/s (burst %d ms)%n",
                settings.instances(), settings.rate(), settings.burst().toMillis());
        out.printf("  produced         %,d messages (%,d segments)%n", produced, segments);
        out.printf("  sent             %,d distinct messages accepted by the simulator%n", sent());
        out.printf("  duplicates       %d%s%n", duplicates().size(), duplicates().isEmpty() ? ""
                : " (sent twice after the failover; each is in the reconciliation topic: "
                  + reconciled(OutboundRoutes.RESENT_AFTER_FAILOVER).containsAll(duplicates().keySet()) + ")");
        out.printf("  dead-lettered    %d (with the reason; %d cannot be sent)%n", deadLettered().size(),
                invalid.size());
        out.printf("  reconciled       %d maybe sent, %d resent after the failover (by tag)%n",
                reconciled(OutboundRoutes.MAYBE_SENT).size(), reconciled(OutboundRoutes.RESENT_AFTER_FAILOVER).size());
        out.printf("  peak             %d segments accepted within one second, %d within ten (rate %d/s)%n",
                peakSegmentsPerSecond(), SegmentWindows.peak(accepted, Duration.ofSeconds(10)), settings.rate());
        out.printf("  callback events  %,d of %,d processed, %d more than once%n", eventsProcessed(),
                expectedEvents.size(), eventsProcessedTwice().size());
        if (killed != null) {
            out.printf("  failover         %s killed with SIGKILL after %,d messages were accepted%n", killed,
                    acceptedAtKill);
        }
        out.printf("  elapsed          %.1f s (%.0f messages/s)%n", elapsed.toMillis() / 1000.0,
                sent() * 1000.0 / Math.max(1, elapsed.toMillis()));
    }

    private static String tag(String json) {
        int at = json.indexOf("\"tag\":\"");
        return at < 0 ? json : json.substring(at + 7, json.indexOf('"', at + 7));
    }
}
