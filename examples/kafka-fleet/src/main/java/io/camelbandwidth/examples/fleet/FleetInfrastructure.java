package io.camelbandwidth.examples.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * What a fleet shares, started in this process for the demo and the tests: a Kafka broker (KRaft, one node), a
 * PostgreSQL server, and a Hazelcast member holding the rate. In production these are your Kafka cluster, your
 * database and a Hazelcast cluster of at least two members; the instances only need their addresses
 * ({@link #instanceSettings}).
 */
public final class FleetInfrastructure implements AutoCloseable {

    /** Partitions of the outbound and events topics: at most this many consumers work at once, fleet-wide. */
    public static final int PARTITIONS = 6;
    static final String HAZELCAST_CLUSTER = "bandwidth-fleet";

    private final KafkaClusterTestKit kafka;
    private final EmbeddedPostgres postgres;
    private final HazelcastInstance hazelcast;

    private FleetInfrastructure(KafkaClusterTestKit kafka, EmbeddedPostgres postgres, HazelcastInstance hazelcast) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.hazelcast = hazelcast;
    }

    /**
     * Starts the three and creates the tables ({@link #createTopics} creates a fleet's topics).
     *
     * @param workDirectory where the broker keeps its log (deleted on close)
     */
    public static FleetInfrastructure start(Path workDirectory) throws Exception {
        KafkaClusterTestKit kafka = startKafka(workDirectory);
        EmbeddedPostgres postgres = null;
        try {
            // a demo database: commits do not wait for the disk (a production one does; see docs/scaling.md)
            postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off").start();
            createTables(postgres);
            return new FleetInfrastructure(kafka, postgres, startHazelcast());
        } catch (Exception | Error e) {
            if (postgres != null) {
                postgres.close();
            }
            kafka.close();
            throw e;
        }
    }

    private static KafkaClusterTestKit startKafka(Path workDirectory) throws Exception {
        Files.createDirectories(workDirectory);
        KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                // its own directory: the kit's default one is deleted by a shutdown hook racing the broker's close
                .setBaseDirectory(Files.createTempDirectory(workDirectory, "kraft-"))
                .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                .build())
                // one broker: the internal topics cannot have the default three replicas
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                // lets the tests notice a killed instance after 3 s instead of the broker's minimum of 6 s
                .setConfigProp("group.min.session.timeout.ms", "2000")
                .setConfigProp("auto.create.topics.enable", "false")
                // the test kit turns these on; a production broker has them off
                .setConfigProp("unstable.api.versions.enable", "false")
                .setConfigProp("unstable.feature.versions.enable", "false")
                .setDeleteOnClose(true)
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        return kafka;
    }

    /**
     * Creates the topics: the outbound and events topics with {@link #PARTITIONS} partitions, the others with one.
     *
     * @return the topics
     */
    public FleetTopics createTopics(FleetTopics topics) throws InterruptedException, ExecutionException {
        try (Admin admin = kafka.admin()) {
            admin.createTopics(List.of(
                    new NewTopic(topics.outbound(), PARTITIONS, (short) 1),
                    new NewTopic(topics.events(), PARTITIONS, (short) 1),
                    new NewTopic(topics.deadLetter(), 1, (short) 1),
                    new NewTopic(topics.reconciliation(), 1, (short) 1))).all().get();
        }
        return topics;
    }

    /**
     * The idempotent repositories' table (the DDL of Camel's {@code JdbcMessageIdRepository}, created once here rather
     * than by every instance at once) and the application's table of message statuses (no unique key: an event
     * processed twice would show as two rows).
     */
    private static void createTables(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255), messageId VARCHAR(100),"
                              + " createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))");
            statement.execute("CREATE TABLE sms_status (event_key VARCHAR(200) NOT NULL, message_id VARCHAR(100),"
                              + " tag VARCHAR(1024), event_type VARCHAR(50), recipient VARCHAR(20), error_code INTEGER,"
                              + " instance VARCHAR(50), processed_at TIMESTAMP DEFAULT now())");
        }
    }

    private static HazelcastInstance startHazelcast() {
        Config config = new Config();
        config.setClusterName(HAZELCAST_CLUSTER);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(freePort()).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(false);
        return Hazelcast.newHazelcastInstance(config);
    }

    /** A free TCP port on loopback, e.g. for an instance's webhook server. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    /** An admin client of the broker; the caller closes it. */
    public Admin kafkaAdmin() {
        return kafka.admin();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** A connection to the shared database; the caller closes it. */
    public Connection database() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    public String hazelcastMember() {
        return "127.0.0.1:" + hazelcast.getCluster().getLocalMember().getAddress().getPort();
    }

    /**
     * The settings that point an instance at this infrastructure.
     *
     * @param topics      the topics and groups of its fleet
     * @param instanceId  the instance's name
     * @param webhookPort its webhook server's port
     */
    public Properties instanceSettings(FleetTopics topics, String instanceId, int webhookPort) {
        Properties settings = topics.settings();
        settings.setProperty("fleet.instance-id", instanceId);
        settings.setProperty("fleet.kafka.brokers", kafkaBootstrap());
        settings.setProperty("fleet.hazelcast.cluster", HAZELCAST_CLUSTER);
        settings.setProperty("fleet.hazelcast.members", hazelcastMember());
        settings.setProperty("fleet.jdbc.url", jdbcUrl());
        settings.setProperty("fleet.jdbc.username", "postgres");
        settings.setProperty("fleet.jdbc.password", "");
        settings.setProperty("fleet.webhook.port", String.valueOf(webhookPort));
        return settings;
    }

    @Override
    public void close() throws Exception {
        try {
            hazelcast.getLifecycleService().terminate();
            postgres.close();
        } finally {
            kafka.close();
        }
    }
}
