package io.camelbandwidth.examples.jms;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.main.Main;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real crash between the send and the commit: the example runs in a JVM of its own ({@link CrashingInstance}),
 * connected over TCP to the broker of this test, and halts right after a send, before its transaction commits. Then
 * a new instance starts, as a restarted service would, and the test looks at where the message ended up.
 */
class JmsToSmsCrashTest {

    static final String QUEUE = JmsToSms.QUEUE;
    static final String DLQ = JmsToSms.DEAD_LETTER_QUEUE;

    static BandwidthSimulator simulator;
    static EmbeddedBroker broker;
    static String tcpUrl;

    @TempDir
    Path directory;

    @BeforeAll
    static void start() throws Exception {
        simulator = ExampleBandwidth.simulatorBuilder()
                .build().start();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            tcpUrl = "tcp://127.0.0.1:" + socket.getLocalPort();
        }
        // enough delivery attempts that the crash does not send it to the DLQ by itself
        broker = EmbeddedBroker.start(tcpUrl, QUEUE, DLQ, 5, Duration.ofMillis(50));
    }

    @AfterAll
    static void stop() throws Exception {
        broker.close();
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    @AfterEach
    void emptyTheQueues() {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(EmbeddedBroker.IN_VM_URL);
             JMSContext context = factory.createContext()) {
            for (String queue : List.of(QUEUE, DLQ)) {
                try (JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
                    while (consumer.receiveNoWait() != null) {
                        // drained
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { CrashingInstance.AFTER_SEND, CrashingInstance.AT_COMMIT })
    void aCrashAfterTheDeadLetterSendRollsBothBackAndLeavesNoDuplicate(String crashPoint) throws Exception {
        simulator.faults().respond(400, 2); // Bandwidth rejects it: the route sends it to the DLQ, both times

        crash(crashPoint, "jms:queue:" + DLQ, "Rejected");

        assertEquals(0, broker.messageCount(DLQ), "the dead-letter send died with the transaction");
        awaitMessageCount(QUEUE, 1, "the message is back on the queue");
        assertTrue(restartAndAwaitOneExchange(), "flagged JMSRedelivered");
        assertEquals(1, broker.messageCount(DLQ), "exactly one copy in the DLQ");
        assertEquals(0, broker.messageCount(QUEUE));
        assertEquals(2, simulator.requests().size(), "tried before the crash and once after it");
    }

    @Test
    void aCrashAfterBandwidthAcceptedRedeliversTheMessageWhichIsSentAgain() throws Exception {
        crash(CrashingInstance.AT_COMMIT, "bandwidth-sms:*", "Accepted, then the crash");

        awaitMessageCount(QUEUE, 1, "the message is back on the queue: nothing is lost");
        assertTrue(restartAndAwaitOneExchange(), "flagged JMSRedelivered");
        List<AcceptedMessage> accepted = simulator.awaitAccepted(2, Duration.ofSeconds(5));
        assertEquals(2, accepted.size(), "the duplicate window the README documents: sent before the crash and after");
        assertEquals(0, broker.messageCount(QUEUE));
        assertEquals(0, broker.messageCount(DLQ));
    }

    /** Starts a crashing instance in its own JVM, puts one message on the queue and waits for the crash. */
    private void crash(String crashPoint, String endpoint, String text) throws Exception {
        Process instance = startCrashingInstance(crashPoint, endpoint);
        try {
            send(text);
            assertTrue(instance.waitFor(60, TimeUnit.SECONDS), "the instance crashed");
            assertEquals(CrashingInstance.CRASHED, instance.exitValue(),
                    "crashed at the chosen point (see target/crashing-instance.log)");
        } finally {
            instance.destroyForcibly();
        }
    }

    private Process startCrashingInstance(String crashPoint, String endpoint) throws IOException {
        Properties camelProperties = ExampleBandwidth.simulated(simulator).camelProperties();
        camelProperties.setProperty("sms.redelivery-delay", "10");
        Path propertiesFile = directory.resolve("crashing-instance.properties");
        try (Writer writer = Files.newBufferedWriter(propertiesFile)) {
            camelProperties.store(writer, null);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingInstance.class.getName(), tcpUrl, crashPoint, endpoint, propertiesFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/crashing-instance.log"))
                .start();
    }

    private static void send(String text) {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(EmbeddedBroker.IN_VM_URL);
             JMSContext context = factory.createContext()) {
            TextMessage message = context.createTextMessage(text);
            message.setStringProperty(JmsToSmsRoutes.SMS_TO, "+15554443333");
            context.createProducer().send(context.createQueue(QUEUE), message);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new instance, as the restarted service: it gets the redelivered message and handles it.
     *
     * @return whether the broker flagged the message as redelivered ({@code JMSRedelivered})
     */
    private static boolean restartAndAwaitOneExchange() throws InterruptedException {
        BlockingQueue<Boolean> redelivered = new LinkedBlockingQueue<>();
        Main restarted = JmsToSms.create(ExampleBandwidth.simulated(simulator), EmbeddedBroker.IN_VM_URL);
        restarted.addOverrideProperty("sms.redelivery-delay", "10");
        restarted.bind("redeliveredFlag", new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof ExchangeCompletedEvent completed) {
                    redelivered.add(completed.getExchange().getMessage().getHeader("JMSRedelivered", false,
                            Boolean.class));
                }
            }
        });
        restarted.start();
        try {
            Boolean flag = redelivered.poll(30, TimeUnit.SECONDS);
            assertNotNull(flag, "the restarted instance handled the redelivered message");
            return flag;
        } finally {
            restarted.stop();
        }
    }

    private static void awaitMessageCount(String queue, long expected, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (broker.messageCount(queue) != expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertEquals(expected, broker.messageCount(queue), what);
    }
}
