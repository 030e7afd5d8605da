package io.camelbandwidth.examples.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.main.Main;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** What the fleet tests share: instances in this JVM, records in and out, the shared database, waiting. */
final class FleetTestSupport {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String HOOK_USER = "hooks";
    static final String HOOK_PASSWORD = "fleet-hook-secret";

    private FleetTestSupport() {
    }

    static FleetInfrastructure infrastructure() {
        return SharedInfrastructure.infrastructure();
    }

    /** A simulator as Bandwidth for the example's account, calling back with the instances' credentials. */
    static BandwidthSimulator simulator() {
        return ExampleBandwidth.simulatorBuilder()
                .callbackCredentials(HOOK_USER, HOOK_PASSWORD)
                .callbackRetry(5, Duration.ofMillis(50))
                .build().start();
    }

    /** The settings of one instance sending to {@code simulator}, with short retry delays for the tests. */
    static Properties settings(FleetTopics topics, String instanceId, BandwidthSimulator simulator) {
        Properties settings = infrastructure().instanceSettings(topics, instanceId, FleetInfrastructure.freePort());
        settings.putAll(ExampleBandwidth.simulated(simulator).camelProperties());
        settings.setProperty("fleet.outbound.redeliveries", "2");
        settings.setProperty("fleet.outbound.redelivery-delay", "50");
        settings.setProperty("fleet.kafka.session-timeout-ms", "6000");
        settings.setProperty("fleet.kafka.heartbeat-interval-ms", "1000");
        settings.setProperty("fleet.rate", "1000");
        return settings;
    }

    /** Starts an instance in this JVM. */
    static Main start(Properties settings) {
        Main instance = FleetInstance.create(settings);
        instance.start();
        return instance;
    }

    static String webhookUrl(Properties settings) {
        return "http://127.0.0.1:" + settings.getProperty("fleet.webhook.port") + "/bandwidth/callbacks";
    }

    static void produce(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = FleetKafka.producer(infrastructure().kafkaBootstrap())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        }
    }

    static String sms(String tag, String to) {
        return "{\"to\":[\"" + to + "\"],\"text\":\"fleet\"" + (tag == null ? "" : ",\"tag\":\"" + tag + "\"") + "}";
    }

    static List<ConsumerRecord<String, String>> records(String topic) {
        return FleetKafka.readAll(infrastructure().kafkaBootstrap(), topic);
    }

    static long lag(String group, String topic) throws Exception {
        try (Admin admin = infrastructure().kafkaAdmin()) {
            return FleetKafka.lag(admin, group, topic);
        }
    }

    /** Whether a repository ({@code processorName}) of the shared database holds {@code key}. */
    static boolean holds(String processorName, String key) throws SQLException {
        return count("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ? AND messageId = ?",
                processorName, key) > 0;
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = infrastructure().database();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The database's sessions (state, what they wait for, their statement), to explain a test that timed out. */
    static String sessions() {
        StringBuilder sessions = new StringBuilder();
        try (Connection connection = infrastructure().database();
             PreparedStatement statement = connection.prepareStatement("SELECT pid, state, wait_event_type,"
                     + " wait_event, left(query, 100) FROM pg_stat_activity WHERE datname = current_database()");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                sessions.append("\n  ").append(result.getInt(1)).append(' ').append(result.getString(2)).append(' ')
                        .append(result.getString(3)).append('/').append(result.getString(4)).append(": ")
                        .append(result.getString(5));
            }
        } catch (SQLException e) {
            sessions.append(e);
        }
        return sessions.toString();
    }

    static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = infrastructure().database();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    /** Waits until {@code condition} holds (polling every 50 ms). */
    static void await(String what, Callable<Boolean> condition) throws Exception {
        await(what, WAIT, condition);
    }

    static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
