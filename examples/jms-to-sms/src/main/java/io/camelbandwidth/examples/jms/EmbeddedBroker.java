package io.camelbandwidth.examples.jms;

import java.time.Duration;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * A real ActiveMQ Artemis broker in this process: in-VM for this instance ({@code vm://0}) and, optionally, TCP on
 * loopback so that other instances of the example can join as competing consumers. The outbound queue rolls back to
 * the broker, which redelivers it after {@code redeliveryDelay}, at most {@code maxDeliveryAttempts} times, then moves
 * it to the dead-letter queue.
 */
public final class EmbeddedBroker implements AutoCloseable {

    public static final String IN_VM_URL = "vm://0";

    private final EmbeddedActiveMQ broker;

    private EmbeddedBroker(EmbeddedActiveMQ broker) {
        this.broker = broker;
    }

    /**
     * @param tcpUrl              e.g. {@code tcp://127.0.0.1:61616}, or {@code null} for in-VM only
     * @param queue               the outbound queue
     * @param deadLetterQueue     where the broker moves a message after {@code maxDeliveryAttempts}
     */
    public static EmbeddedBroker start(String tcpUrl, String queue, String deadLetterQueue, int maxDeliveryAttempts,
                                       Duration redeliveryDelay) throws Exception {
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(false); // a demo broker; a real one persists (journal) so nothing is lost
        configuration.setSecurityEnabled(false);
        configuration.addAcceptorConfiguration("in-vm", IN_VM_URL);
        if (tcpUrl != null) {
            configuration.addAcceptorConfiguration("tcp", tcpUrl);
        }
        configuration.addAddressSetting(queue, new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(deadLetterQueue))
                .setMaxDeliveryAttempts(maxDeliveryAttempts)
                .setRedeliveryDelay(redeliveryDelay.toMillis())
                .setRedeliveryMultiplier(2));
        configuration.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
        configuration.addQueueConfiguration(QueueConfiguration.of(deadLetterQueue).setRoutingType(RoutingType.ANYCAST));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        return new EmbeddedBroker(broker);
    }

    /** The number of messages waiting in a queue of this broker. */
    public long messageCount(String queue) {
        return broker.getActiveMQServer().locateQueue(queue).getMessageCount();
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
