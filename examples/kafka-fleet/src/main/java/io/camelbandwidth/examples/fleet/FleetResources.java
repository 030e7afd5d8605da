package io.camelbandwidth.examples.fleet;

import java.time.Duration;
import java.util.Properties;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.camelbandwidth.messaging.ratelimit.hazelcast.HazelcastRateLimiter;
import io.camelbandwidth.messaging.ratelimit.hazelcast.StoreUnavailablePolicy;
import org.apache.camel.main.Main;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the instances of the fleet share, as this instance reaches it: the PostgreSQL database (idempotent repositories
 * and the application's tables), the Hazelcast cluster holding the account's rate (as a client), and the limiter
 * on it. Bound in the registry under the names the routes use.
 */
final class FleetResources implements AutoCloseable {

    /** The pool of connections to the shared database. */
    static final String DATA_SOURCE = "fleetDataSource";
    /** {@code transacted(...)}: one database transaction around the claim of an event and the work it guards. */
    static final String TRANSACTION = "fleetTransaction";
    /** Callback events processed (claimed in the transaction that processes them). */
    static final String PROCESSED_EVENTS = "processedEvents";
    /** Outbound messages this fleet started to send (claimed before the send). */
    static final String CLAIMED_MESSAGES = "claimedMessages";
    /** Outbound messages Bandwidth accepted (written right after the 202, before the offset commit). */
    static final String SENT_MESSAGES = "sentMessages";

    private final HikariDataSource dataSource;
    private final HazelcastInstance hazelcast;
    private final HazelcastRateLimiter rateLimiter;
    private final DataSourceTransactionManager transactionManager;

    private FleetResources(Properties settings) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(settings.getProperty("fleet.jdbc.url"));
        pool.setUsername(settings.getProperty("fleet.jdbc.username"));
        pool.setPassword(settings.getProperty("fleet.jdbc.password"));
        pool.setMaximumPoolSize(8);
        pool.setPoolName("fleet-" + settings.getProperty("fleet.instance-id"));
        dataSource = new HikariDataSource(pool);
        transactionManager = new DataSourceTransactionManager(dataSource);
        try {
            hazelcast = HazelcastClient.newHazelcastClient(client(settings));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        rateLimiter = HazelcastRateLimiter.builder(hazelcast)
                .burst(Duration.ofMillis(Long.parseLong(settings.getProperty("fleet.rate.burst-ms"))))
                .whenStoreUnavailable(StoreUnavailablePolicy.valueOf(
                        settings.getProperty("fleet.rate.when-store-unavailable")))
                .fleetSize(Integer.parseInt(settings.getProperty("fleet.size")))
                .build();
    }

    static FleetResources open(Properties settings) {
        return new FleetResources(settings);
    }

    /**
     * A client of the store cluster: it keeps reconnecting on its own (no deadline) and an operation gives up after a
     * few seconds instead of two minutes; the limiter's own store timeout (two seconds) decides first.
     */
    private static ClientConfig client(Properties settings) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(settings.getProperty("fleet.hazelcast.cluster"));
        config.setInstanceName("fleet-" + settings.getProperty("fleet.instance-id"));
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.client.invocation.timeout.seconds", "5");
        for (String member : settings.getProperty("fleet.hazelcast.members").split(",")) {
            config.getNetworkConfig().addAddress(member.strip());
        }
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setInitialBackoffMillis(100).setMaxBackoffMillis(2000);
        return config;
    }

    /** Binds everything the routes refer to. */
    void bindTo(Main main) {
        main.bind(DATA_SOURCE, dataSource);
        SpringTransactionPolicy required = new SpringTransactionPolicy(transactionManager);
        required.setPropagationBehaviorName("PROPAGATION_REQUIRED");
        main.bind(TRANSACTION, required);
        // joins the route's transaction (same data source): the claim commits or rolls back with the work
        main.bind(PROCESSED_EVENTS, new JdbcMessageIdRepository(dataSource, new TransactionTemplate(transactionManager),
                "bandwidth-events"));
        // each call its own transaction: a claim and a sent mark are durable at once
        main.bind(CLAIMED_MESSAGES, started(new JdbcMessageIdRepository(dataSource, "sms-claimed")));
        main.bind(SENT_MESSAGES, started(new JdbcMessageIdRepository(dataSource, "sms-sent")));
        // bandwidth-sms autowires the one BandwidthRateLimiter of the registry
        main.bind("rateLimiter", rateLimiter);
    }

    /** The outbound route calls these repositories itself (an idempotent consumer starts its own). */
    private static JdbcMessageIdRepository started(JdbcMessageIdRepository repository) {
        repository.start();
        return repository;
    }

    @Override
    public void close() {
        hazelcast.shutdown();
        dataSource.close();
    }
}
