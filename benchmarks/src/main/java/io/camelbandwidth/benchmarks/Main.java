package io.camelbandwidth.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The producer benchmark. Sends through the simulator over loopback and compares, side by side in one run, (a) the
 * component, (f) the Camel floor (the same route with a hand-written step), (b) a raw HttpClient 5 async client, (c) a
 * camel-http route and (d) java.net.http at several concurrency levels; Camel routes are driven through the direct
 * endpoint's async producer and, as {@code X-pt}, through ProducerTemplate. Every figure is also given as a ratio to
 * the floor and to (b) measured in the same rounds: on a shared machine only ratios mean much.
 * See docs/performance.md for the command and the results; {@code --help} lists the options.
 * {@link CallbackMain} benchmarks the callback consumer, {@link StartupMain} startup and footprint.
 */
public final class Main {

    private static final String HELP = """
            Options (defaults in brackets):
              --quick                 smoke run: levels 1,64, 1 round, 1 s cells, 2,000 in flight   [off]
              --levels 1,16,64,256    concurrency levels
              --rounds 3              rounds per level; each round runs every variant once, order rotated
              --settle-ms 500         unmeasured time before each measurement (connections, steady state)
              --measure-ms 2000       measured time per variant, level and round
              --warmup-messages 20000 warm-up per variant (at concurrency 64) before anything is measured: until
                                      this many messages went through it (the JIT compiles after about 10,000
                                      calls), in runs of --warmup-ms 4000, at most --warmup-max-ms 15000
              --variants a,b,c,d,e,f,a-pt,f-pt
                                      a component (default options), b raw HttpClient 5, c camel-http route,
                                      d java.net.http, e component with completionOnIoThread=true, f the Camel
                                      floor (direct route + hand-written AsyncProcessor with (b)'s client);
                                      X-pt: Camel route X (a, c, e, f) driven by ProducerTemplate.send() from c
                                      caller threads instead of the direct endpoint's async producer
              --inflight 10000        messages in flight for the memory test (0 skips it)
              --inflight-delay-ms 100 how long the server holds each answer in the memory test
              --profile a,b           instead of the comparison: JFR-profile these variants at --profile-level
              --profile-level 64      concurrency of the profiled runs
              --profile-seconds 15    length of each profiled run
              --server-threads 8      simulator worker threads
              --no-pin                do not pin client (core 0) and server (core 1) with taskset
              --out FILE              also write the report there [benchmarks/target/benchmark-results.md]
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.help) {
            System.out.print(HELP);
            return;
        }
        StringBuilder report = new StringBuilder();
        String clientPinning = options.pin ? pinSelf("0") : "not pinned";
        report.append("## Run of ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16)).append(options.quick ? " (--quick)" : "").append("\n\n");
        report.append("- machine: ").append(machine()).append('\n');
        report.append("- java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", client heap max ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPU(s) visible to the client\n");
        report.append("- load average before: ").append(loadAverage()).append('\n');

        try (ServerProcess server = new ServerProcess(options.pin ? "1" : null, options.serverThreads)) {
            report.append("- client: this JVM, ").append(clientPinning).append("; server: simulator JVM pid ")
                    .append(server.pid()).append(", ").append(server.pinning()).append(", ")
                    .append(options.serverThreads).append(" worker threads, records nothing (counts only)\n");
            Variant.Target target = new Variant.Target("127.0.0.1", server.port(), "9900000",
                    "93de2206-9669-4e07-948d-329f4b722ee2", "+15551113333", "+15554443333",
                    SimulatorServer.USER, SimulatorServer.PASSWORD);
            Map<String, Variant> started = new LinkedHashMap<>();
            try {
                List<Variant> variants = startVariants(target, options.variants, started);
                if (!options.profile.isEmpty()) {
                    profile(report, variants, options, server);
                } else {
                    compare(report, variants, options, server, target);
                }
            } finally {
                List<Variant> closing = new ArrayList<>(started.values());
                Collections.reverse(closing);
                for (Variant variant : closing) {
                    variant.close();
                }
            }
            report.append("- server resident memory at the end: ").append(server.residentBytes() >> 20)
                    .append(" MB\n");
        }
        report.append("- load average after: ").append(loadAverage()).append('\n');
        System.out.println();
        System.out.println(report);
        Path out = Path.of(options.out);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println("(written to " + out.toAbsolutePath() + ")");
        System.exit(0); // JDK HttpClient and Camel leave non-daemon threads behind
    }

    /**
     * Starts the variants named, in that order, and adds each to {@code started} (also a route that only its
     * {@code -pt} form is measured with, which must run first).
     */
    private static List<Variant> startVariants(Variant.Target target, List<String> keys, Map<String, Variant> started)
            throws Exception {
        List<Variant> measured = new ArrayList<>();
        for (String key : keys) {
            String baseKey = key.endsWith("-pt") ? key.substring(0, key.length() - 3) : key;
            Variant base = started.get(baseKey);
            if (base == null) {
                base = baseVariant(target, baseKey);
                base.start();
                started.put(baseKey, base);
            }
            Variant variant = base;
            if (!key.equals(baseKey)) {
                if (!(base instanceof CamelRouteVariant route)) {
                    throw new IllegalArgumentException(key + ": only Camel routes (a, c, e, f) have a -pt form");
                }
                variant = route.viaTemplate();
                variant.start();
                started.put(key, variant);
            }
            measured.add(variant);
        }
        return measured;
    }

    private static Variant baseVariant(Variant.Target target, String key) {
        return switch (key) {
            case "a" -> new ComponentVariant(target);
            case "b" -> new RawHttpClientVariant(target);
            case "c" -> new CamelHttpVariant(target);
            case "d" -> new JdkHttpVariant(target);
            case "e" -> new ComponentVariant(target, "e", "completionOnIoThread=true");
            case "f" -> new FloorVariant(target);
            default -> throw new IllegalArgumentException("Unknown variant " + key + "\n" + HELP);
        };
    }

    private static void compare(StringBuilder report, List<Variant> variants, Options options, ServerProcess server,
                                Variant.Target target) throws Exception {
        report.append("- cells: ").append(options.rounds).append(" round(s) x ").append(options.measureMillis)
                .append(" ms measured (after ").append(options.settleMillis).append(" ms settling) per variant and")
                .append(" level, variants interleaved, order rotated each round; warm-up per variant at c=64 until ")
                .append(String.format(Locale.ROOT, "%,d", options.warmupMessages)).append(" messages (at most ")
                .append(options.warmupMaxMillis).append(" ms)\n\n");
        report.append("Variants:\n\n");
        for (Variant variant : variants) {
            report.append("- (").append(variant.key()).append(") ").append(variant.description()).append('\n');
        }
        report.append('\n');

        log("warming up");
        for (Variant variant : variants) {
            warmUp(variant, options, server);
        }
        long acceptedBefore = server.accepted();
        List<Driver.Result> results = new ArrayList<>();
        for (int level = 0; level < options.levels.size(); level++) {
            int concurrency = options.levels.get(level);
            for (int round = 0; round < options.rounds; round++) {
                List<Variant> order = new ArrayList<>(variants);
                Collections.rotate(order, -(round + level));
                for (Variant variant : order) {
                    Driver.Result result = Driver.run(variant, concurrency, round, options.settleMillis,
                            options.measureMillis, server);
                    results.add(result);
                    log("c=%-3d round %d %s: %8.0f msg/s  %6.1f us CPU/msg (%6.1f w/o JIT)  p99 %6.2f ms  client CPU "
                        + "%3.0f%%  server CPU %3.0f%%%s", concurrency, round, variant.key(), result.throughput(),
                            result.cpuMicrosPerMessage(), result.cpuMicrosPerMessageWithoutJit(),
                            Driver.percentile(result.latencies(), 99) / 1e6,
                            100 * result.clientCpuShare(), 100 * result.serverCpuShare(),
                            result.failed() > 0 ? "  FAILED " + result.failed() + ": " + result.firstFailure() : "");
                }
            }
        }
        long acceptedDuring = server.accepted() - acceptedBefore;
        Report.table(report, results, options.levels, variants);
        report.append("\nThe simulator accepted ").append(String.format(Locale.ROOT, "%,d", acceptedDuring))
                .append(" messages during the measured levels (measured completions plus settling and drain).\n");

        if (options.inflight > 0) {
            report.append("\n### ").append(String.format(Locale.ROOT, "%,d", options.inflight))
                    .append(" messages in flight (server holds each answer ").append(options.inflightDelayMillis)
                    .append(" ms)\n\n");
            List<InFlightTest.Result> inflight = new ArrayList<>();
            List<Variant> memoryVariants = new ArrayList<>();
            for (Variant variant : variants) {
                if (variant.key().equals("a") || variant.key().equals("b")) {
                    memoryVariants.add(variant);
                }
            }
            ComponentVariant shortWait = new ComponentVariant(target, "a'", "connectionRequestTimeout=2000");
            if (options.variants.contains("a")) {
                shortWait.start();
                memoryVariants.add(shortWait);
            }
            try {
                for (Variant variant : memoryVariants) {
                    log("in flight: %s", variant.key());
                    inflight.add(InFlightTest.run(variant, server, options.inflight, options.inflightDelayMillis));
                }
            } finally {
                shortWait.close();
            }
            Report.inflight(report, inflight, variants, shortWait);
        }
    }

    private static void profile(StringBuilder report, List<Variant> variants, Options options, ServerProcess server)
            throws Exception {
        report.append("\n### JFR profiles at concurrency ").append(options.profileLevel).append(", ")
                .append(options.profileSeconds).append(" s each\n\n");
        for (Variant variant : variants) {
            if (!options.profile.contains(variant.key())) {
                continue;
            }
            log("profiling %s", variant.key());
            warmUp(variant, options, server);
            Path file = Path.of(options.out).resolveSibling("profile-" + variant.key() + ".jfr");
            // first without the profiler: CPU by native thread (kernel, GC and JIT included)
            Map<String, long[]> before = ThreadCpu.snapshot();
            Driver.Result plain = Driver.run(variant, options.profileLevel, 0, 0, options.profileSeconds * 1000L / 2,
                    server);
            String byThread = ThreadCpu.perMessage(before, ThreadCpu.snapshot(), plain.completed());
            Driver.Result result;
            try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
                recording.start();
                result = Driver.run(variant, options.profileLevel, 0, 500, options.profileSeconds * 1000L, server);
                recording.stop();
                recording.dump(file);
            }
            report.append("#### (").append(variant.key()).append(") ").append(variant.description()).append("\n\n")
                    .append(String.format(Locale.ROOT, "%.0f msg/s, %.1f us client CPU/msg, %.2f KB allocated/msg, "
                                          + "p99 %.2f ms (under the profiler); recording %s%n%n```%n",
                            result.throughput(), result.cpuMicrosPerMessage(), result.allocatedKbPerMessage(),
                            Driver.percentile(result.latencies(), 99) / 1e6, file))
                    .append(JfrSummary.summarize(file, 15)).append("```\n\n")
                    .append(String.format(Locale.ROOT, "Without the profiler: %.0f msg/s, %.1f us client CPU/msg; by "
                                          + "thread (from /proc, kernel time included):%n%n```%n",
                            plain.throughput(), plain.cpuMicrosPerMessage()))
                    .append(byThread).append("```\n\n");
        }
    }

    /** At concurrency 64 until {@code --warmup-messages} went through, at most {@code --warmup-max-ms}. */
    private static void warmUp(Variant variant, Options options, ServerProcess server) throws InterruptedException {
        warmUp(variant, 64, options.warmupMessages, options.warmupMillis, options.warmupMaxMillis, server);
    }

    /** Runs of {@code runMillis} until {@code messages} completed (the JIT compiles after about 10,000 calls). */
    static void warmUp(Variant variant, int concurrency, long messages, long runMillis, long maxMillis,
                       ServerProcess server) throws InterruptedException {
        long started = System.nanoTime();
        long completed = 0;
        do {
            Driver.Result warm = Driver.run(variant, concurrency, 0, 0,
                    Math.min(runMillis, Math.max(1, maxMillis)), server);
            completed += warm.completed();
            log("  warm-up %s: %.0f per s, %d failed%s", variant.key(), warm.throughput(), warm.failed(),
                    warm.firstFailure() == null ? "" : " (" + warm.firstFailure() + ")");
        } while (completed < messages && System.nanoTime() - started < maxMillis * 1_000_000L);
    }

    static boolean hasTaskset() {
        try {
            return new ProcessBuilder("taskset", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Pins every thread of this JVM (and those it starts later) to the CPU. */
    static String pinSelf(String cpu) {
        if (!hasTaskset()) {
            return "not pinned (no taskset)";
        }
        try {
            Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpu,
                    String.valueOf(ProcessHandle.current().pid())).redirectErrorStream(true).start();
            taskset.getInputStream().readAllBytes();
            return taskset.waitFor() == 0 ? "taskset -a -p -c " + cpu + " (all threads)" : "not pinned (taskset failed)";
        } catch (IOException | InterruptedException e) {
            return "not pinned (" + e + ")";
        }
    }

    static String machine() {
        String model = "unknown CPU";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(model);
        } catch (IOException e) {
            // not Linux
        }
        long cores = 0;
        try {
            cores = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor"))
                    .count();
        } catch (IOException e) {
            // not Linux
        }
        return cores + " x " + model + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min; 2 cores)";
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }

    private static final class Options {
        boolean help;
        boolean quick;
        List<Integer> levels = List.of(1, 16, 64, 256);
        int rounds = 3;
        long settleMillis = 500;
        long measureMillis = 2000;
        long warmupMillis = 4000;
        long warmupMessages = 20_000;
        long warmupMaxMillis = 15_000;
        List<String> variants = List.of("a", "b", "c", "d", "e", "f", "a-pt", "f-pt");
        int inflight = 10_000;
        long inflightDelayMillis = 100;
        List<String> profile = List.of();
        int profileLevel = 64;
        int profileSeconds = 15;
        int serverThreads = 8;
        boolean pin = true;
        String out = Files.isDirectory(Path.of("benchmarks", "target")) ? "benchmarks/target/benchmark-results.md"
                : "benchmark-results.md";

        static Options parse(String[] args) {
            Options o = new Options();
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> o.help = true;
                    case "--no-pin" -> o.pin = false;
                    case "--quick" -> {
                        o.quick = true;
                        o.levels = List.of(1, 64);
                        o.rounds = 1;
                        o.settleMillis = 200;
                        o.measureMillis = 1000;
                        o.warmupMillis = 1000;
                        o.warmupMessages = 0;
                        o.inflight = 2000;
                        o.inflightDelayMillis = 50;
                    }
                    default -> {
                        if (!args[i].startsWith("--") || i + 1 >= args.length) {
                            throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + HELP);
                        }
                        values.put(args[i], args[++i]);
                    }
                }
            }
            values.forEach((name, value) -> {
                switch (name) {
                    case "--levels" -> o.levels = Arrays.stream(value.split(",")).map(String::trim)
                            .map(Integer::valueOf).collect(Collectors.toList());
                    case "--rounds" -> o.rounds = Integer.parseInt(value);
                    case "--settle-ms" -> o.settleMillis = Long.parseLong(value);
                    case "--measure-ms" -> o.measureMillis = Long.parseLong(value);
                    case "--warmup-ms" -> o.warmupMillis = Long.parseLong(value);
                    case "--warmup-messages" -> o.warmupMessages = Long.parseLong(value);
                    case "--warmup-max-ms" -> o.warmupMaxMillis = Long.parseLong(value);
                    case "--variants" -> o.variants = List.of(value.split(","));
                    case "--inflight" -> o.inflight = Integer.parseInt(value);
                    case "--inflight-delay-ms" -> o.inflightDelayMillis = Long.parseLong(value);
                    case "--profile" -> o.profile = List.of(value.split(","));
                    case "--profile-level" -> o.profileLevel = Integer.parseInt(value);
                    case "--profile-seconds" -> o.profileSeconds = Integer.parseInt(value);
                    case "--server-threads" -> o.serverThreads = Integer.parseInt(value);
                    case "--out" -> o.out = value;
                    default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + HELP);
                }
            });
            return o;
        }
    }
}
