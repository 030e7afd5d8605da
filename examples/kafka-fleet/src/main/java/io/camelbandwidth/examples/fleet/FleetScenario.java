package io.camelbandwidth.examples.fleet;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * The fleet at work: instances in their own JVMs on one account, outbound messages produced to Kafka, the simulator as
 * Bandwidth calling back through the instances in turn, and optionally one instance killed with {@code SIGKILL}
 * mid-run. {@link #run} waits until every message is accounted for and every callback processed, then reports.
 */
public final class FleetScenario {

    /** Consumers per instance and topic, as {@code application.properties} sets them. */
    static final int CONSUMERS_PER_INSTANCE = 2;
    static final int RECIPIENTS = 600;
    /** Two segments (GSM-7, over 160 characters). */
    static final String TWO_SEGMENTS = "a".repeat(170);
    /** Ten segments of 153 characters: such messages make the account's rate bind even on a slow machine. */
    static final String TEN_SEGMENTS = "b".repeat(10 * 153);

    /**
     * @param heavy     how many ten-segment messages to produce first
     * @param messages  how many outbound messages to produce then (every tenth costs two segments, the others one,
     *                  every 250th cannot be sent: it goes to the dead-letter topic)
     * @param rate      the account's segments per second, for the whole fleet
     * @param burst     how much of the rate may go at once
     * @param instances how many instances
     * @param kill      whether the second instance is killed with SIGKILL once a third of the messages were accepted
     * @param directory where the instances' settings and logs go
     */
    public record Settings(int heavy, int messages, int rate, Duration burst, int instances, boolean kill,
                           Path directory) {

        /** All the messages produced. */
        public int total() {
            return heavy + messages;
        }
    }

    private final FleetInfrastructure infrastructure;
    private final FleetTopics topics;
    private final BandwidthSimulator simulator;
    private final Settings settings;
    private final PrintStream out;
    private final String tagPrefix = "fleet-" + Long.toString(System.nanoTime(), 36) + "-";

    /**
     * @param simulator started with the OAuth client of {@link ExampleBandwidth} and the instances' callback
     *                  credentials
     */
    public FleetScenario(FleetInfrastructure infrastructure, FleetTopics topics, BandwidthSimulator simulator,
                         Settings settings, PrintStream out) {
        this.infrastructure = infrastructure;
        this.topics = topics;
        this.simulator = simulator;
        this.settings = settings;
        this.out = out;
    }

    public FleetReport run(Duration timeout) throws Exception {
        List<InstanceProcess> instances = new ArrayList<>();
        try (Admin admin = infrastructure.kafkaAdmin()) {
            List<String> webhooks = new ArrayList<>();
            for (int i = 1; i <= settings.instances(); i++) {
                int port = FleetInfrastructure.freePort();
                instances.add(InstanceProcess.start(instanceSettings("instance-" + i, port), settings.directory()));
                webhooks.add("http://127.0.0.1:" + port + "/bandwidth/callbacks");
            }
            simulator.callbackUrls(webhooks); // the load balancer in front of the instances
            for (InstanceProcess instance : instances) {
                instance.awaitReady(Duration.ofSeconds(120));
            }
            awaitGroup(admin, topics.senders(), timeout);
            awaitGroup(admin, topics.processors(), timeout);
            out.printf("%d instances consuming %s (group %s), each with %d consumers%n", instances.size(),
                    topics.outbound(), topics.senders(), CONSUMERS_PER_INSTANCE);

            Instant start = Instant.now();
            Plan plan = produce();
            out.printf("Produced %d messages (%d segments) to %s, keyed by recipient%n", settings.total(),
                    plan.segments(), topics.outbound());
            Set<String> inFlightAtKill = Set.of();
            String killed = null;
            long acceptedAtKill = 0;
            if (settings.kill()) {
                long deadline = System.nanoTime() + timeout.toNanos();
                while (simulator.acceptedCount() < settings.total() / 3 && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                }
                InstanceProcess victim = instances.get(1);
                victim.kill();
                acceptedAtKill = simulator.acceptedCount();
                killed = victim.id();
                // what the dead instance had taken and not finished is among these (the others' are too)
                inFlightAtKill = claimedNotSent();
                out.printf("Killed %s with SIGKILL after %d messages were accepted; %d claimed, not marked sent%n",
                        killed, acceptedAtKill, inFlightAtKill.size());
            }
            awaitDone(admin, plan, timeout);
            return report(plan, Duration.between(start, Instant.now()), killed, acceptedAtKill, inFlightAtKill);
        } catch (Exception | Error e) {
            for (InstanceProcess instance : instances) {
                if (instance.isAlive()) {
                    out.println("--- " + instance.id() + " ---\n" + instance.tail());
                }
            }
            throw e;
        } finally {
            for (InstanceProcess instance : instances) {
                instance.close();
            }
        }
    }

    private Properties instanceSettings(String id, int port) {
        Properties instance = infrastructure.instanceSettings(topics, id, port);
        instance.putAll(ExampleBandwidth.simulated(simulator).camelProperties());
        instance.setProperty("fleet.rate", String.valueOf(settings.rate()));
        instance.setProperty("fleet.rate.burst-ms", String.valueOf(settings.burst().toMillis()));
        instance.setProperty("fleet.size", String.valueOf(settings.instances()));
        // a killed instance's partitions move after 4 s without heartbeat (production: 10 to 45 s)
        instance.setProperty("fleet.kafka.session-timeout-ms", "4000");
        instance.setProperty("fleet.kafka.heartbeat-interval-ms", "1000");
        return instance;
    }

    /** Waits until every instance's consumers joined the group and share all partitions. */
    private void awaitGroup(Admin admin, String group, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int expected = settings.instances() * CONSUMERS_PER_INSTANCE;
        while (true) {
            List<MemberDescription> members = members(admin, group);
            int assigned = members.stream().mapToInt(member -> member.assignment().topicPartitions().size()).sum();
            if (members.size() == expected && assigned == FleetInfrastructure.PARTITIONS) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Group " + group + " has " + members.size() + " of " + expected
                                                + " consumers: " + members.stream().map(MemberDescription::clientId)
                                                        .toList());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    /** The group's members; none while no consumer has joined it yet. */
    private static List<MemberDescription> members(Admin admin, String group) throws Exception {
        try {
            return List.copyOf(admin.describeConsumerGroups(List.of(group)).all().get().get(group).members());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return List.of();
            }
            throw e;
        }
    }

    /** The messages produced: their tags, which cannot be sent, what they cost. */
    record Plan(List<String> tags, Set<String> invalid, long segments) {
    }

    private Plan produce() throws Exception {
        List<String> tags = new ArrayList<>();
        Set<String> invalid = new HashSet<>();
        long segments = 0;
        try (KafkaProducer<String, String> producer = FleetKafka.producer(infrastructure.kafkaBootstrap())) {
            for (int i = 1; i <= settings.total(); i++) {
                String tag = tagPrefix + i;
                boolean heavy = i <= settings.heavy();
                boolean unsendable = !heavy && i % 250 == 0;
                String to = unsendable ? "5550100" : String.format("+1555%07d", i % RECIPIENTS);
                String text = heavy ? TEN_SEGMENTS : i % 10 == 0 ? TWO_SEGMENTS : "Your code is " + (100000 + i);
                tags.add(tag);
                if (unsendable) {
                    invalid.add(tag);
                } else {
                    segments += heavy ? 10 : i % 10 == 0 ? 2 : 1;
                }
                producer.send(new ProducerRecord<>(topics.outbound(), to,
                        "{\"to\":[\"" + to + "\"],\"text\":\"" + text + "\",\"tag\":\"" + tag + "\"}"));
            }
            producer.flush();
        }
        return new Plan(tags, invalid, segments);
    }

    /** Until every record is committed, every message accepted or dead-lettered, every callback processed. */
    private void awaitDone(Admin admin, Plan plan, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String state = "";
        while (System.nanoTime() < deadline) {
            Set<String> accounted = new HashSet<>(acceptedTags());
            deadLetters().forEach(record -> accounted.add(tagOf(record.value())));
            Set<String> events = expectedEvents(ours(simulator.acceptedMessages()));
            Map<String, Integer> processed = processedEvents();
            long outboundLag = FleetKafka.lag(admin, topics.senders(), topics.outbound());
            long eventsLag = FleetKafka.lag(admin, topics.processors(), topics.events());
            if (outboundLag == 0 && accounted.containsAll(plan.tags()) && eventsLag == 0
                && processed.keySet().containsAll(events)) {
                return;
            }
            state = "outbound lag " + outboundLag + ", " + accounted.size() + "/" + plan.tags().size()
                    + " messages accounted for, events lag " + eventsLag + ", " + processed.size() + "/"
                    + events.size() + " events processed";
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
        throw new IllegalStateException("Not done within " + timeout + ": " + state);
    }

    private FleetReport report(Plan plan, Duration elapsed, String killed, long acceptedAtKill,
                               Set<String> inFlightAtKill) throws SQLException {
        List<AcceptedMessage> accepted = ours(simulator.acceptedMessages());
        return new FleetReport(settings, plan.tags().size(), plan.segments(), plan.invalid(), accepted,
                deadLetters(), reconciliations(), expectedEvents(accepted), processedEvents(), killed,
                acceptedAtKill, inFlightAtKill, elapsed);
    }

    private List<AcceptedMessage> ours(List<AcceptedMessage> accepted) {
        return accepted.stream().filter(m -> m.tag() != null && m.tag().startsWith(tagPrefix)).toList();
    }

    private Set<String> acceptedTags() {
        Set<String> tags = new HashSet<>();
        ours(simulator.acceptedMessages()).forEach(message -> tags.add(message.tag()));
        return tags;
    }

    private List<ConsumerRecord<String, String>> deadLetters() {
        return FleetKafka.readAll(infrastructure.kafkaBootstrap(), topics.deadLetter()).stream()
                .filter(record -> record.value().contains(tagPrefix)).toList();
    }

    private List<ConsumerRecord<String, String>> reconciliations() {
        return FleetKafka.readAll(infrastructure.kafkaBootstrap(), topics.reconciliation()).stream()
                .filter(record -> record.key() != null && record.key().startsWith(tagPrefix)).toList();
    }

    private static String tagOf(String json) {
        int at = json.indexOf("\"tag\":\"");
        return at < 0 ? null : json.substring(at + 7, json.indexOf('"', at + 7));
    }

    /** One {@code message-delivered} event per accepted message and recipient (the simulator delivers them all). */
    private static Set<String> expectedEvents(List<AcceptedMessage> accepted) {
        Set<String> keys = new HashSet<>();
        for (AcceptedMessage message : accepted) {
            message.to().forEach(to -> keys.add(message.id() + "|message-delivered|" + to));
        }
        return keys;
    }

    /** The application's status rows of this run: event key to how many times it was processed. */
    private Map<String, Integer> processedEvents() throws SQLException {
        Map<String, Integer> processed = new HashMap<>();
        try (Connection connection = infrastructure.database();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT event_key, COUNT(*) FROM sms_status WHERE tag LIKE ? GROUP BY event_key")) {
            query.setString(1, tagPrefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    processed.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return processed;
    }

    private Set<String> claimedNotSent() throws SQLException {
        Set<String> tags = new HashSet<>();
        try (Connection connection = infrastructure.database();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT messageId FROM CAMEL_MESSAGEPROCESSED WHERE processorName = 'sms-claimed'"
                     + " AND messageId LIKE ? AND messageId NOT IN (SELECT messageId FROM CAMEL_MESSAGEPROCESSED"
                     + " WHERE processorName = 'sms-sent')")) {
            query.setString(1, tagPrefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
            }
        }
        return tags;
    }
}
