package io.camelbandwidth.examples.jms;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.main.Main;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EndpointHelper;
import org.apache.camel.support.EventNotifierSupport;
import org.springframework.jms.connection.JmsTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The example in a JVM of its own that dies the hard way ({@link Runtime#halt}: no shutdown hook, no rollback, no
 * commit, its sockets cut by the operating system), as a crash or a {@code kill -9} would, at one of two points:
 * <ul>
 * <li>{@link #AFTER_SEND}: right after a send to the endpoint;</li>
 * <li>{@link #AT_COMMIT}: later, when the transaction that made that send is about to commit (the route is done).</li>
 * </ul>
 * Arguments: the broker URL, the crash point, the endpoint (Camel's {@link EndpointHelper#matchEndpoint} syntax) and a
 * properties file with the example's Camel properties.
 */
public final class CrashingInstance {

    static final String AFTER_SEND = "after-send";
    static final String AT_COMMIT = "at-commit";
    /** The exit code of the deliberate crash, so the test knows it crashed where it meant to. */
    static final int CRASHED = 86;

    private CrashingInstance() {
    }

    public static void main(String[] args) throws Exception {
        String brokerUrl = args[0];
        String crashPoint = args[1];
        String endpoint = args[2];
        Properties camelProperties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[3]))) {
            camelProperties.load(reader);
        }

        AtomicReference<Thread> sentOn = new AtomicReference<>();
        ConnectionFactory connectionFactory = JmsToSms.connectionFactory(brokerUrl);
        JmsTransactionManager transactionManager = new JmsTransactionManager(connectionFactory) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                if (sentOn.get() == Thread.currentThread()) {
                    crash("at the commit of the transaction that sent to " + endpoint);
                }
                super.doCommit(status);
            }
        };
        Main main = JmsToSms.create(camelProperties, connectionFactory, transactionManager);
        main.bind("crashAfterSend", new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof ExchangeSentEvent sent
                    && EndpointHelper.matchEndpoint(getCamelContext(), sent.getEndpoint().getEndpointUri(), endpoint)) {
                    if (AFTER_SEND.equals(crashPoint)) {
                        crash("right after the send to " + sent.getEndpoint());
                    }
                    sentOn.set(Thread.currentThread());
                }
            }
        });
        main.run();
    }

    private static void crash(String where) {
        System.out.println("Crashing " + where);
        System.out.flush();
        Runtime.getRuntime().halt(CRASHED);
    }
}
