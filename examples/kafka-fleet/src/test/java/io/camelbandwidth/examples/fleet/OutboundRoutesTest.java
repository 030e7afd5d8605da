package io.camelbandwidth.examples.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import io.camelbandwidth.simulator.RecordedRequest;
import org.apache.camel.main.Main;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.camelbandwidth.examples.fleet.FleetTestSupport.await;
import static io.camelbandwidth.examples.fleet.FleetTestSupport.holds;
import static io.camelbandwidth.examples.fleet.FleetTestSupport.lag;
import static io.camelbandwidth.examples.fleet.FleetTestSupport.produce;
import static io.camelbandwidth.examples.fleet.FleetTestSupport.records;
import static io.camelbandwidth.examples.fleet.FleetTestSupport.sms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbound route of one instance against a real broker, database and simulator: every outcome, and the offset
 * committed only once it is known.
 */
@ExtendWith(SharedInfrastructure.class)
class OutboundRoutesTest {

    static final String TO = "+15554443333";

    static BandwidthSimulator simulator;
    static FleetTopics topics;
    static Main instance;
    String tag;

    @BeforeAll
    static void start() throws Exception {
        simulator = FleetTestSupport.simulator();
        topics = FleetTestSupport.infrastructure().createTopics(FleetTopics.suffixed("-outbound-test"));
        Properties settings = FleetTestSupport.settings(topics, "outbound-test", simulator);
        settings.setProperty("fleet.outbound.consumers", "1");
        instance = FleetTestSupport.start(settings);
    }

    @AfterAll
    static void stop() {
        instance.stop();
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
        tag = "t-" + UUID.randomUUID();
    }

    private void awaitAllCommitted() throws Exception {
        await("every outbound record committed", () -> lag(topics.senders(), topics.outbound()) == 0);
    }

    private List<ConsumerRecord<String, String>> recordsOf(String topic) {
        return records(topic).stream().filter(r -> r.value().contains(tag)).toList();
    }

    private long requests() {
        return simulator.requests().stream().filter(r -> r.uri().endsWith("/messages")).count();
    }

    @Test
    void aMessageIsSentAndMarkedSentBeforeItsOffsetIsCommitted() throws Exception {
        simulator.faults().delay(Duration.ofSeconds(2), 1);

        produce(topics.outbound(), TO, sms(tag, TO));

        simulator.awaitRequests(1, FleetTestSupport.WAIT);
        assertEquals(1, lag(topics.senders(), topics.outbound()), "not committed while Bandwidth has not answered");
        AcceptedMessage accepted = simulator.awaitAccepted(1, FleetTestSupport.WAIT).get(0);
        awaitAllCommitted();
        assertEquals(tag, accepted.tag());
        assertTrue(holds("sms-sent", tag), "marked sent");
        assertEquals(1, requests());
    }

    @Test
    void whatCannotBeSentIsDeadLetteredWithTheReason() throws Exception {
        String noRecipient = "{\"text\":\"nobody\",\"tag\":\"" + tag + "\"}";

        produce(topics.outbound(), "none", noRecipient);

        await("dead-lettered", () -> recordsOf(topics.deadLetter()).size() == 1);
        ConsumerRecord<String, String> dead = recordsOf(topics.deadLetter()).get(0);
        assertEquals(noRecipient, dead.value(), "the record as it came");
        assertEquals(OutboundRoutes.DEAD, FleetKafka.header(dead, OutboundRoutes.SMS_OUTCOME));
        assertEquals("outbound-test", FleetKafka.header(dead, OutboundRoutes.SMS_INSTANCE));
        assertTrue(FleetKafka.header(dead, OutboundRoutes.SMS_FAILURE).contains("BandwidthValidationException"),
                FleetKafka.header(dead, OutboundRoutes.SMS_FAILURE));
        awaitAllCommitted();
        assertEquals(0, requests(), "nothing sent");
    }

    @Test
    void aRecordWithoutTagOrNotJsonIsDeadLettered() throws Exception {
        produce(topics.outbound(), TO, "{\"to\":[\"" + TO + "\"],\"text\":\"no tag " + tag + "\"}");
        produce(topics.outbound(), TO, "not json " + tag);

        await("both dead-lettered", () -> recordsOf(topics.deadLetter()).size() == 2);
        List<String> reasons = recordsOf(topics.deadLetter()).stream()
                .map(r -> FleetKafka.header(r, OutboundRoutes.SMS_FAILURE)).toList();
        assertTrue(reasons.get(0).contains("no tag"), reasons.get(0));
        assertTrue(reasons.get(1).contains("JsonParseException"), reasons.get(1));
        awaitAllCommitted();
        assertEquals(0, requests());
    }

    @Test
    void maybeSentGoesToReconciliationByTagAndIsNeverSentAgain() throws Exception {
        simulator.faults().dropAfterAccept(1);

        produce(topics.outbound(), TO, sms(tag, TO));

        await("to reconcile", () -> recordsOf(topics.reconciliation()).size() == 1);
        ConsumerRecord<String, String> reconcile = recordsOf(topics.reconciliation()).get(0);
        assertEquals(tag, reconcile.key());
        assertEquals(OutboundRoutes.MAYBE_SENT, FleetKafka.header(reconcile, OutboundRoutes.SMS_OUTCOME));
        awaitAllCommitted();
        assertEquals(1, requests(), "one request, never repeated");
        assertTrue(holds("sms-sent", tag), "never sent again, even after a failover");
    }

    @Test
    void whatBandwidthCertainlyDidNotAcceptIsRetriedUntilItIs() throws Exception {
        // 2 redeliveries per delivery: the record fails its first delivery, is polled again and goes on the second
        simulator.faults().respond(503, 4);

        produce(topics.outbound(), TO, sms(tag, TO));

        assertEquals(tag, simulator.awaitAccepted(1, FleetTestSupport.WAIT).get(0).tag());
        awaitAllCommitted();
        assertEquals(5, requests(), "4 x 503, then accepted");
        assertTrue(recordsOf(topics.deadLetter()).isEmpty());
        assertTrue(recordsOf(topics.reconciliation()).isEmpty(), "a 503 is no failover: the claim was given back");
    }

    @Test
    void aTagAlreadySentIsNotSentAgain() throws Exception {
        produce(topics.outbound(), TO, sms(tag, TO));
        simulator.awaitAccepted(1, FleetTestSupport.WAIT);

        produce(topics.outbound(), TO, sms(tag, TO)); // the same message again, e.g. published twice
        awaitAllCommitted();

        assertEquals(1, requests());
    }

    @Test
    void aTagClaimedButNotMarkedSentIsSentAndReportedAsPossibleDuplicate() throws Exception {
        // what an instance killed between its claim and its sent mark leaves behind
        FleetTestSupport.execute("INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId, createdAt)"
                                 + " VALUES ('sms-claimed', ?, now())", tag);

        produce(topics.outbound(), TO, sms(tag, TO));

        assertEquals(tag, simulator.awaitAccepted(1, FleetTestSupport.WAIT).get(0).tag(), "sent: at least once");
        await("reported", () -> recordsOf(topics.reconciliation()).size() == 1);
        ConsumerRecord<String, String> reconcile = recordsOf(topics.reconciliation()).get(0);
        assertEquals(tag, reconcile.key());
        assertEquals(OutboundRoutes.RESENT_AFTER_FAILOVER, FleetKafka.header(reconcile, OutboundRoutes.SMS_OUTCOME));
        awaitAllCommitted();
    }

    @Test
    void theRecordsOfOneRecipientAreSentInOrder() throws Exception {
        for (int i = 0; i < 10; i++) {
            produce(topics.outbound(), TO, sms(tag + "-" + i, TO));
        }

        List<String> tags = simulator.awaitAccepted(10, FleetTestSupport.WAIT).stream().map(AcceptedMessage::tag)
                .toList();
        for (int i = 0; i < 10; i++) {
            assertEquals(tag + "-" + i, tags.get(i));
        }
        awaitAllCommitted();
        assertTrue(simulator.requests().stream().map(RecordedRequest::uri).allMatch(u -> u.endsWith("/messages")));
    }
}
