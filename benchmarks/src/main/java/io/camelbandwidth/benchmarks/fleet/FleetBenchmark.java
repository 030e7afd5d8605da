package io.camelbandwidth.benchmarks.fleet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.camelbandwidth.examples.fleet.FleetInfrastructure;
import io.camelbandwidth.examples.fleet.FleetKafka;
import io.camelbandwidth.examples.fleet.FleetReport;
import io.camelbandwidth.examples.fleet.FleetScenario;
import io.camelbandwidth.examples.fleet.FleetTopics;
import io.camelbandwidth.examples.fleet.InstanceProcess;
import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What running as a fleet costs (docs/performance.md, "Fleet: Kafka and the shared rate"): the CPU per message of the
 * component alone, with the local and the Hazelcast rate limiter, and of the Kafka path of {@code examples/kafka-fleet}
 * (with and without the shared rate), each measured on its own JVM; then the throughput of the whole fleet with 1, 2
 * and 3 instances. The Kafka broker, PostgreSQL, the Hazelcast member and the simulator run in this JVM (and
 * PostgreSQL's processes), so that the measured JVMs hold only the sending side.
 * <p>
 * {@code java -cp "benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*"
 * io.camelbandwidth.benchmarks.fleet.FleetBenchmark [--quick]}; {@code --help} lists the options.
 */
public final class FleetBenchmark {

    static final String ACCOUNT_ID = ExampleBandwidth.SIMULATED_ACCOUNT_ID;
    static final String APPLICATION_ID = ExampleBandwidth.SIMULATED_APPLICATION_ID;

    private static final String HELP = """
            Options (defaults in brackets):
              --quick              smoke run: 300 messages per cost cell, 300 per fleet run, 1 and 2 instances
              --messages 20000     messages measured per cost cell (after as many again to warm up)
              --concurrency 16     sends in flight in the cells without Kafka
              --fleet-messages 6000  messages per fleet run (callbacks included)
              --instances 1,2,3    fleet sizes
              --out FILE           also write the report there [benchmarks/target/fleet-benchmark-results.md]
            """;

    private FleetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("hazelcast.logging.type", "slf4j");
        System.setProperty("hazelcast.phone.home.enabled", "false");
        int messages = 20_000;
        int concurrency = 16;
        int fleetMessages = 6000;
        List<Integer> sizes = List.of(1, 2, 3);
        Path out = Path.of("benchmarks", "target", "fleet-benchmark-results.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    messages = 300;
                    fleetMessages = 300;
                    sizes = List.of(1, 2);
                }
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--fleet-messages" -> fleetMessages = Integer.parseInt(args[++i]);
                case "--instances" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--out" -> out = Path.of(args[++i]);
                case "--help" -> {
                    System.out.print(HELP);
                    return;
                }
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + HELP);
            }
        }
        StringBuilder report = new StringBuilder("## Fleet run of ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).append("\n\n")
                .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPU(s), java ")
                .append(System.getProperty("java.vm.version")).append("\n")
                .append("- load average before: ").append(Files.readString(Path.of("/proc/loadavg")).strip())
                .append("\n\n");
        Path directory = Path.of("benchmarks", "target", "fleet-benchmark");
        try (FleetInfrastructure infrastructure = FleetInfrastructure.start(directory)) {
            report.append(costs(infrastructure, messages, concurrency, directory));
            report.append(fleet(infrastructure, fleetMessages, sizes, directory));
        }
        System.out.println(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private static BandwidthSimulator simulator(boolean records) {
        return ExampleBandwidth.simulatorBuilder()
                .callbackCredentials("hooks", "fleet-hook-secret")
                .recordLimit(records ? 100_000 : 0)
                .build().start();
    }

    /** One cell: what a message cost the measured JVM, and how fast they went. */
    private record Cell(String variant, int messages, Duration cpu, Duration wall) {

        double cpuMicrosPerMessage() {
            return cpu.toNanos() / 1000.0 / messages;
        }

        double perSecond() {
            return messages * 1e9 / wall.toNanos();
        }
    }

    private static String costs(FleetInfrastructure infrastructure, int messages, int concurrency, Path directory)
            throws Exception {
        List<Cell> cells = new ArrayList<>();
        try (BandwidthSimulator simulator = simulator(false)) {
            String hazelcast = "hazelcast=bandwidth-fleet@" + infrastructure.hazelcastMember();
            cells.add(plain("(a) component", simulator, "none", messages, concurrency));
            cells.add(plain("(b) component + local limiter", simulator, "local", messages, concurrency));
            cells.add(plain("(c) component + Hazelcast limiter", simulator, hazelcast, messages, concurrency));
            cells.add(kafka("(d) Kafka path, no rate", infrastructure, simulator, 0, messages, directory));
            cells.add(kafka("(e) Kafka path + Hazelcast limiter", infrastructure, simulator, 10_000_000, messages,
                    directory));
        }
        StringBuilder table = new StringBuilder("### Cost per message\n\n")
                .append("Each cell on its own JVM (").append(String.join(" ", ChildJvm.MEASURED_JVM))
                .append("), warmed up with as many messages first. (a)-(c): ")
                .append(concurrency)
                .append(" sends in flight through `direct` to `bandwidth-sms`. (d)-(e): one `FleetInstance` (2 ")
                .append("consumers of 6 partitions, one record at a time each: claim, send, sent mark, commit), ")
                .append("records produced from another JVM, no callbacks.\n\n")
                .append("| variant | messages | CPU µs/msg | × (a) | msg/s |\n|---|---:|---:|---:|---:|\n");
        double base = cells.get(0).cpuMicrosPerMessage();
        for (Cell cell : cells) {
            table.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.2f | %,.0f |%n", cell.variant(),
                    cell.messages(), cell.cpuMicrosPerMessage(), cell.cpuMicrosPerMessage() / base,
                    cell.perSecond()));
        }
        return table.append('\n').toString();
    }

    private static Cell plain(String variant, BandwidthSimulator simulator, String limiter, int messages,
                              int concurrency) throws Exception {
        try (ChildJvm sender = new ChildJvm(PlainSender.class, List.of(simulator.baseUri(), simulator.tokenUri(),
                ExampleBandwidth.SIMULATED_CLIENT_ID, ExampleBandwidth.SIMULATED_CLIENT_SECRET,
                String.valueOf(concurrency), limiter))) {
            sender.await("READY");
            sender.send("GO " + messages);
            sender.await("DONE");
            Duration before = sender.cpuTime();
            sender.send("GO " + messages);
            String[] done = sender.await("DONE").split(" ");
            if (!done[2].equals("0")) {
                throw new IllegalStateException(variant + ": " + done[2] + " sends failed");
            }
            return new Cell(variant, messages, sender.cpuTime().minus(before),
                    Duration.ofNanos(Long.parseLong(done[1])));
        }
    }

    private static Cell kafka(String variant, FleetInfrastructure infrastructure, BandwidthSimulator simulator,
                              int rate, int messages, Path directory) throws Exception {
        FleetTopics topics = infrastructure.createTopics(FleetTopics.suffixed("-cost-" + rate));
        Properties settings = infrastructure.instanceSettings(topics, "cost-" + rate, FleetInfrastructure.freePort());
        settings.putAll(ExampleBandwidth.simulated(simulator).camelProperties());
        settings.setProperty("fleet.rate", String.valueOf(rate));
        try (InstanceProcess instance = InstanceProcess.start(settings, directory, ChildJvm.MEASURED_JVM);
             Admin admin = infrastructure.kafkaAdmin()) {
            instance.awaitReady(Duration.ofMinutes(2));
            produce(infrastructure, topics, "warm", messages);
            awaitCommitted(admin, topics);
            Duration before = instance.cpuTime();
            long start = System.nanoTime();
            produce(infrastructure, topics, "measured", messages);
            awaitCommitted(admin, topics);
            return new Cell(variant, messages, instance.cpuTime().minus(before),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static void produce(FleetInfrastructure infrastructure, FleetTopics topics, String run, int messages) {
        try (KafkaProducer<String, String> producer = FleetKafka.producer(infrastructure.kafkaBootstrap())) {
            String prefix = run + "-" + System.nanoTime() + "-";
            for (int i = 0; i < messages; i++) {
                String to = String.format("+1555%07d", i % 600);
                producer.send(new ProducerRecord<>(topics.outbound(), to, "{\"to\":[\"" + to
                        + "\"],\"text\":\"Your code is " + (100000 + i) + "\",\"tag\":\"" + prefix + i + "\"}"));
            }
        }
    }

    private static void awaitCommitted(Admin admin, FleetTopics topics) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (FleetKafka.lag(admin, topics.senders(), topics.outbound()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not all records committed within 30 minutes");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    private static String fleet(FleetInfrastructure infrastructure, int messages, List<Integer> sizes, Path directory)
            throws Exception {
        StringBuilder table = new StringBuilder("### Fleet throughput\n\n")
                .append("`FleetScenario` of examples/kafka-fleet: each instance its own JVM (2 outbound and 2 event ")
                .append("consumers, 6 partitions; ").append(String.join(" ", InstanceProcess.LIGHT_JVM))
                .append(", as in the example's tests), ").append(String.format(Locale.ROOT, "%,d", messages))
                .append(" messages, a rate no fleet reaches here (the limiter decides every send, none waits), ")
                .append("every callback processed; from the first message produced to the last callback ")
                .append("processed.\n\n| instances | sent | elapsed s | msg/s | × 1 instance |\n")
                .append("|---:|---:|---:|---:|---:|\n");
        double one = 0;
        for (int size : sizes) {
            try (BandwidthSimulator simulator = simulator(true)) {
                FleetTopics topics = infrastructure.createTopics(FleetTopics.suffixed("-fleet-" + size));
                FleetReport report = new FleetScenario(infrastructure, topics, simulator,
                        new FleetScenario.Settings(0, messages, 10_000_000, Duration.ofMillis(100), size, false,
                                directory), System.out).run(Duration.ofMinutes(30));
                double perSecond = report.sent() * 1000.0 / report.elapsed().toMillis();
                one = one == 0 ? perSecond : one;
                table.append(String.format(Locale.ROOT, "| %d | %,d | %.1f | %,.0f | %.2f |%n", size, report.sent(),
                        report.elapsed().toMillis() / 1000.0, perSecond, perSecond / one));
            }
        }
        return table.append('\n').toString();
    }
}
