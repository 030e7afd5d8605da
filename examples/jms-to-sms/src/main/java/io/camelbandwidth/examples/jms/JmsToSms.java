package io.camelbandwidth.examples.jms;

import java.time.Duration;
import java.util.Properties;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.JmsTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs the JMS-to-SMS consumer on Camel Main until Ctrl-C: {@code ./mvnw -B -q -DskipTests package exec:java -pl
 * examples/jms-to-sms -am}.
 * <p>
 * Without arguments it starts an embedded Artemis broker (in-VM, and {@value #TCP_URL} for other instances), puts three
 * demo messages on the queue and keeps consuming. With a broker URL as argument ({@code -Dexec.args=tcp://127.0.0.1:61616})
 * it joins that broker as one more competing consumer.
 */
public final class JmsToSms {

    public static final String TCP_URL = "tcp://127.0.0.1:61616";
    static final String QUEUE = "sms.outbound";
    static final String DEAD_LETTER_QUEUE = "sms.dead";

    private JmsToSms() {
    }

    public static void main(String[] args) throws Exception {
        String joinUrl = args.length > 0 ? args[0] : null;
        EmbeddedBroker broker = joinUrl == null
                ? EmbeddedBroker.start(TCP_URL, QUEUE, DEAD_LETTER_QUEUE, 3, Duration.ofSeconds(1)) : null;
        try (ExampleBandwidth bandwidth = ExampleBandwidth.fromEnvironment(System.getenv())) {
            Main main = create(bandwidth, joinUrl == null ? EmbeddedBroker.IN_VM_URL : joinUrl);
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterStart(BaseMainSupport started) {
                    System.out.println(bandwidth.describe());
                    if (broker == null) {
                        System.out.println("Joined the broker at " + joinUrl + " as one more consumer of " + QUEUE
                                           + " (Ctrl-C to stop)");
                        return;
                    }
                    System.out.println("Embedded Artemis broker at " + TCP_URL + "; consuming " + QUEUE
                                       + " (Ctrl-C to stop)");
                    if (bandwidth.hasRecipient()) {
                        sendDemoMessages(started.getCamelContext().createProducerTemplate(), bandwidth.sampleRecipient());
                        System.out.println("Put 3 demo messages on " + QUEUE + ": two are sent, one (no recipient) goes"
                                           + " to " + DEAD_LETTER_QUEUE + ".");
                    } else {
                        System.out.println("Set BANDWIDTH_TO to your number to get 3 demo messages.");
                    }
                    System.out.println("Scale out: in another terminal, run the same command with"
                                       + " -Dexec.args=" + TCP_URL + " and both instances compete for " + QUEUE + ".");
                }
            });
            main.run();
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    static void sendDemoMessages(ProducerTemplate template, String recipient) {
        template.sendBodyAndHeader("jms:queue:" + QUEUE, "Hello from JMS", JmsToSmsRoutes.SMS_TO, recipient);
        template.sendBody("jms:queue:" + QUEUE,
                "{\"to\":[\"" + recipient + "\"],\"text\":\"A JSON request from JMS\",\"tag\":\"jms-demo\"}");
        template.sendBody("jms:queue:" + QUEUE, "{\"text\":\"no recipient: to the dead-letter queue\"}");
    }

    /** The example's Camel Main, consuming from the broker at {@code brokerUrl} and sending through {@code bandwidth}. */
    public static Main create(ExampleBandwidth bandwidth, String brokerUrl) {
        ConnectionFactory connectionFactory = connectionFactory(brokerUrl);
        return create(bandwidth.camelProperties(), connectionFactory, new JmsTransactionManager(connectionFactory));
    }

    /**
     * The broker's connection factory, behind Spring's cache: each transaction of the transaction manager then
     * reuses one connection and its sessions, consumers and producers instead of opening new ones.
     */
    static ConnectionFactory connectionFactory(String brokerUrl) {
        ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(brokerUrl);
        // no prefetch: a consumer busy sending leaves the next messages to the other consumers (slow consumers)
        broker.setConsumerWindowSize(0);
        CachingConnectionFactory cached = new CachingConnectionFactory(broker);
        cached.setSessionCacheSize(10); // at least sms.consumers: one session per transaction in flight
        return cached;
    }

    /**
     * The transactional client: {@code transactionManager} is the one transaction of each message (the consume, the
     * dead-letter send); the route's {@code transacted()} and its {@code jms:} endpoints find it in the registry.
     */
    static Main create(Properties camelProperties, ConnectionFactory connectionFactory,
                       PlatformTransactionManager transactionManager) {
        Main main = new Main();
        main.bind("connectionFactory", connectionFactory); // camel-jms picks the single ConnectionFactory up
        main.bind(JmsToSmsRoutes.TRANSACTION_MANAGER, transactionManager);
        main.configure().addRoutesBuilder(new JmsToSmsRoutes());
        main.setOverrideProperties(camelProperties);
        return main;
    }
}
