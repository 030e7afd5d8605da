package io.camelbandwidth.examples.fleet;

import java.nio.file.Path;
import java.time.Duration;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.simulator.BandwidthSimulator;

/**
 * The fleet demo, one command: {@code mvn -B -q -DskipTests package exec:java -pl examples/kafka-fleet -am}.
 * <p>
 * Starts a Kafka broker, a PostgreSQL server and a Hazelcast member in this process, the simulator as Bandwidth, and
 * three instances of {@link FleetInstance} as separate JVMs; produces 200 ten-segment messages then 3,000 short
 * ones (a tenth of them two segments); kills the second instance with
 * SIGKILL once a third were accepted; waits until every message is accounted for and every callback processed; prints
 * a summary. Options: {@code -Dexec.args="--messages 5000 --rate 500 --instances 3 --no-kill"}.
 */
public final class KafkaFleetDemo {

    private KafkaFleetDemo() {
    }

    public static void main(String[] args) throws Exception {
        // before Hazelcast's first log line, which otherwise goes to java.util.logging
        System.setProperty("hazelcast.logging.type", "slf4j");
        System.setProperty("hazelcast.phone.home.enabled", "false");
        int messages = 3000;
        int rate = 300;
        int instances = 3;
        boolean kill = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--instances" -> instances = Integer.parseInt(args[++i]);
                case "--no-kill" -> kill = false;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; options: --messages N, --rate SEGMENTS_PER_SECOND, --instances N, --no-kill");
            }
        }
        // the module's target directory under mvn exec:java (see the pom), else the working directory's
        Path directory = Path.of(System.getProperty("fleet.directory", "target/kafka-fleet"));
        System.out.println("Starting Kafka (KRaft), PostgreSQL and a Hazelcast member ...");
        try (FleetInfrastructure infrastructure = FleetInfrastructure.start(directory);
             BandwidthSimulator simulator = ExampleBandwidth.simulatorBuilder()
                     .callbackCredentials("hooks", "fleet-hook-secret")
                     .build().start()) {
            FleetTopics topics = infrastructure.createTopics(FleetTopics.DEFAULT);
            System.out.println("Kafka " + infrastructure.kafkaBootstrap() + ", PostgreSQL " + infrastructure.jdbcUrl()
                               + ", Hazelcast " + infrastructure.hazelcastMember() + ", simulator "
                               + simulator.baseUri());
            System.out.println("Instance logs: " + directory.toAbsolutePath());
            FleetReport report = new FleetScenario(infrastructure, topics, simulator,
                    new FleetScenario.Settings(messages / 15, messages, rate, Duration.ofMillis(100), instances,
                            kill && instances > 1, directory), System.out).run(Duration.ofMinutes(10));
            report.print(System.out);
        }
    }
}
