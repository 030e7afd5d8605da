package io.camelbandwidth.examples.jms;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the example's Camel Main against a real embedded Artemis broker (in-VM) and the simulator.
 */
class JmsToSmsTest {

    static final String QUEUE = JmsToSms.QUEUE;
    static final String DLQ = JmsToSms.DEAD_LETTER_QUEUE;

    static BandwidthSimulator simulator;
    static EmbeddedBroker broker;
    static String tcpUrl;

    Main main;
    ProducerTemplate producer;
    ConsumerTemplate consumer;

    @BeforeAll
    static void start() throws Exception {
        simulator = ExampleBandwidth.simulatorBuilder()
                .build().start();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            tcpUrl = "tcp://127.0.0.1:" + socket.getLocalPort();
        }
        // two deliveries by the broker, 50 ms apart, then the DLQ
        broker = EmbeddedBroker.start(tcpUrl, QUEUE, DLQ, 2, Duration.ofMillis(50));
    }

    @AfterAll
    static void stop() throws Exception {
        broker.close();
        simulator.close();
    }

    @BeforeEach
    void startExample() {
        simulator.reset();
        main = instance();
        main.start();
        producer = main.getCamelContext().createProducerTemplate();
        consumer = main.getCamelContext().createConsumerTemplate();
    }

    @AfterEach
    void stopExample() {
        while (consumer.receiveNoWait("jms:queue:" + DLQ) != null) {
            // empty the DLQ for the next test
        }
        main.stop();
        assertEquals(0, broker.messageCount(QUEUE), "nothing left behind on the queue");
    }

    private static Main instance() {
        return instance(EmbeddedBroker.IN_VM_URL);
    }

    private static Main instance(String brokerUrl) {
        Main instance = JmsToSms.create(ExampleBandwidth.simulated(simulator), brokerUrl);
        instance.addOverrideProperty("sms.redelivery-delay", "10");
        return instance;
    }

    private NotifyBuilder whenDone(Main instance, int exchanges) {
        return new NotifyBuilder(instance.getCamelContext()).fromRoute("jms-to-sms").whenDone(exchanges).create();
    }

    @Test
    void aTextMessageWithSmsToIsSent() {
        NotifyBuilder done = whenDone(main, 1);

        producer.sendBodyAndHeader("jms:queue:" + QUEUE, "Hello from JMS", JmsToSmsRoutes.SMS_TO,
                "+15554443333,+15552223333");

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        AcceptedMessage message = simulator.awaitAccepted(1, Duration.ofSeconds(5)).get(0);
        assertEquals(List.of("+15554443333", "+15552223333"), message.to());
        assertEquals("Hello from JMS", message.text());
    }

    @Test
    void aJsonMessageIsTheWholeRequest() {
        NotifyBuilder done = whenDone(main, 1);

        producer.sendBody("jms:queue:" + QUEUE,
                "{\"to\":[\"+15554443333\"],\"text\":\"JSON\",\"tag\":\"t-1\",\"media\":[\"https://example.com/a.png\"]}");

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        AcceptedMessage message = simulator.awaitAccepted(1, Duration.ofSeconds(5)).get(0);
        assertEquals("t-1", message.tag());
        assertTrue(message.isMms());
    }

    @Test
    void incomingCamelHeadersCannotChooseTheRecipient() {
        NotifyBuilder done = whenDone(main, 1);

        producer.send("jms:queue:" + QUEUE, exchange -> {
            exchange.getMessage().setBody("{\"text\":\"who gets this?\"}");
            // a JMS producer setting the component's header: Camel's JMS binding drops Camel* properties
            exchange.getMessage().setHeader("CamelBandwidthTo", "+15559990000");
        });

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        assertEquals(0, simulator.requests().size(), "not sent to the injected recipient");
        Exchange dead = consumer.receive("jms:queue:" + DLQ, 5000);
        assertNotNull(dead);
        assertTrue(dead.getMessage().getHeader(JmsToSmsRoutes.SMS_FAILURE, String.class).contains("BandwidthValidationException"));
    }

    @Test
    void whatCannotBeSentGoesToTheDeadLetterQueueWithTheReason() {
        NotifyBuilder done = whenDone(main, 1);

        producer.sendBody("jms:queue:" + QUEUE, "{\"text\":\"no recipient\"}");

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        Exchange dead = consumer.receive("jms:queue:" + DLQ, 5000);
        assertNotNull(dead, "in the DLQ");
        assertEquals("{\"text\":\"no recipient\"}", dead.getMessage().getBody(String.class), "the original message");
        String reason = dead.getMessage().getHeader(JmsToSmsRoutes.SMS_FAILURE, String.class);
        assertTrue(reason.startsWith("io.camelbandwidth.messaging.BandwidthValidationException"), reason);
        assertEquals(0, simulator.requests().size());
    }

    @Test
    void maybeSentIsNeverRedelivered() {
        simulator.faults().dropAfterAccept(1);
        NotifyBuilder done = whenDone(main, 1);

        producer.sendBodyAndHeader("jms:queue:" + QUEUE, "Once", JmsToSmsRoutes.SMS_TO, "+15554443333");

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        Exchange dead = consumer.receive("jms:queue:" + DLQ, 5000);
        assertNotNull(dead);
        assertTrue(dead.getMessage().getHeader(JmsToSmsRoutes.SMS_FAILURE, String.class).contains("MaybeSent"));
        assertEquals(1, simulator.requests().size(), "sent once, never again");
    }

    @Test
    void serverErrorsAreRetriedInTheTransactionUntilAccepted() {
        simulator.faults().respond(503, 2);
        NotifyBuilder done = whenDone(main, 1);

        producer.sendBodyAndHeader("jms:queue:" + QUEUE, "Eventually", JmsToSmsRoutes.SMS_TO, "+15554443333");

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        assertEquals(1, simulator.awaitAccepted(1, Duration.ofSeconds(5)).size());
        assertEquals(3, simulator.requests().size(), "two 503s retried by Camel, then accepted");
    }

    @Test
    void anOutageRollsBackToTheBrokerWhichRedeliversThenDeadLetters() {
        simulator.faults().respond(503, 100);
        NotifyBuilder twoDeliveries = whenDone(main, 2);

        producer.sendBodyAndHeader("jms:queue:" + QUEUE, "Outage", JmsToSmsRoutes.SMS_TO, "+15554443333");

        assertTrue(twoDeliveries.matches(20, TimeUnit.SECONDS), "the broker delivered it twice");
        Exchange dead = consumer.receive("jms:queue:" + DLQ, 10000);
        assertNotNull(dead, "the broker moved it to the DLQ after its maximum delivery attempts");
        assertEquals("Outage", dead.getMessage().getBody(String.class));
        assertEquals(6, simulator.requests().size(), "2 broker deliveries x (1 try + 2 Camel redeliveries)");
        assertEquals(0, simulator.acceptedMessages().size());
    }

    @Test
    void instancesOnOneBrokerCompeteAndSendEachMessageOnce() {
        Main second = instance(tcpUrl); // another process would join the same way, over TCP
        second.start();
        try {
            int count = 20;
            // each answer takes a while, as over a real network: the first instance cannot drain the queue alone
            // before the second one, connected over TCP, has started receiving
            simulator.faults().delay(Duration.ofMillis(150), count);
            NotifyBuilder firstWorked = whenDone(main, 1);
            NotifyBuilder secondWorked = whenDone(second, 1);
            for (int i = 0; i < count; i++) {
                producer.sendBody("jms:queue:" + QUEUE, "{\"to\":[\"+15554443333\"],\"text\":\"n\",\"tag\":\"m-" + i + "\"}");
            }

            List<AcceptedMessage> accepted = simulator.awaitAccepted(count, Duration.ofSeconds(30));
            Set<String> tags = accepted.stream().map(AcceptedMessage::tag).collect(Collectors.toSet());
            assertEquals(count, tags.size(), "every message sent");
            assertTrue(firstWorked.matches(5, TimeUnit.SECONDS), "the first instance took its share");
            assertTrue(secondWorked.matches(5, TimeUnit.SECONDS), "the second instance took its share");
            assertEquals(count, simulator.requests().size(), "each exactly once");
        } finally {
            second.stop();
        }
    }
}
