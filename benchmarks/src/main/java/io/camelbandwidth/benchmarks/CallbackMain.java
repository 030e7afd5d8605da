package io.camelbandwidth.benchmarks;

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

/**
 * The callback consumer benchmark: the component's consumer and its floor (a plain platform-http route), side by side
 * on one Vert.x platform-http server in a JVM of its own ({@link CallbackServerMain}, pinned to core 1), loaded by
 * this JVM (pinned to core 0) with POSTs of JSON arrays of Bandwidth events. Measures events per second, the server's
 * CPU and allocation per event and the time to the HTTP answer, per batch size and number of concurrent senders, and
 * checks that every event was processed exactly once and none on an event-loop thread.
 * See docs/performance.md; {@code --help} lists the options.
 */
public final class CallbackMain {

    private static final String HELP = """
            Options (defaults in brackets):
              --quick                  smoke run: batches 1,10, levels 1,16, 1 round, 1 s cells, no warm-up  [off]
              --batches 1,10,100       events per POST
              --levels 1,16,64         concurrent senders (requests in flight)
              --rounds 3               rounds per batch size and level; each runs every variant, order rotated
              --settle-ms 500          unmeasured time before each measurement
              --measure-ms 2000        measured time per variant, batch size, level and round
              --warmup-events 100000   warm-up per variant (batches of 10 at 16 senders) before anything is measured,
                                       in runs of --warmup-ms 4000, at most --warmup-max-ms 30000
              --variants consumer,floor,consumer+idem,floor+idem
              --no-pin                 do not pin the load generator (core 0) and the server (core 1) with taskset
              --server-heap 512m       heap (-Xms and -Xmx) of the server JVM
              --server-jfr FILE        JFR-profile the server (profile settings) during the measured cells, after
                                       warm-up, and summarize the recording in the report; profile one variant at a
                                       time (--variants consumer), since the routes share the server
              --out FILE               also write the report there [benchmarks/target/callback-results.md]
            """;

    private CallbackMain() {
    }

    /** One measured run of one variant at one batch size. */
    record Cell(int batch, Driver.Result result) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (options.containsKey("--help")) {
            System.out.print(HELP);
            return;
        }
        boolean quick = options.containsKey("--quick");
        List<Integer> batches = ints(options.getOrDefault("--batches", quick ? "1,10" : "1,10,100"));
        List<Integer> levels = ints(options.getOrDefault("--levels", quick ? "1,16" : "1,16,64"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", quick ? "1" : "3"));
        long settleMillis = Long.parseLong(options.getOrDefault("--settle-ms", quick ? "200" : "500"));
        long measureMillis = Long.parseLong(options.getOrDefault("--measure-ms", quick ? "1000" : "2000"));
        long warmupEvents = Long.parseLong(options.getOrDefault("--warmup-events", quick ? "0" : "100000"));
        long warmupMillis = Long.parseLong(options.getOrDefault("--warmup-ms", quick ? "1000" : "4000"));
        long warmupMaxMillis = Long.parseLong(options.getOrDefault("--warmup-max-ms", "30000"));
        List<String> keys = List.of(options.getOrDefault("--variants", String.join(",", CallbackServerMain.ROUTES))
                .split(","));
        boolean pin = !options.containsKey("--no-pin");
        String heap = options.getOrDefault("--server-heap", "512m");
        String out = options.getOrDefault("--out", Files.isDirectory(Path.of("benchmarks", "target"))
                ? "benchmarks/target/callback-results.md" : "callback-results.md");
        for (String key : keys) {
            if (!CallbackServerMain.ROUTES.contains(key)) {
                throw new IllegalArgumentException("Unknown variant " + key + "\n" + HELP);
            }
        }

        StringBuilder report = new StringBuilder();
        String clientPinning = pin ? Main.pinSelf("0") : "not pinned";
        report.append("## Callback consumer, run of ").append(LocalDateTime.now()
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16)).append(quick ? " (--quick)" : "")
                .append("\n\n");
        report.append("- command: `").append(String.join(" ", args).isEmpty() ? "(defaults)" : String.join(" ", args))
                .append("`\n");
        report.append("- machine: ").append(Main.machine()).append('\n');
        report.append("- java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        report.append("- load average before: ").append(Main.loadAverage()).append('\n');

        List<Cell> cells = new ArrayList<>();
        List<CallbackVariant> variants = new ArrayList<>();
        try (ServerProcess server = new ServerProcess(pin ? "1" : null, List.of("-Xms" + heap, "-Xmx" + heap),
                CallbackServerMain.class.getName(), List.of())) {
            report.append("- load generator: this JVM, ").append(clientPinning).append(", HttpClient 5 async; server: ")
                    .append("JVM pid ").append(server.pid()).append(", ").append(server.pinning()).append(", heap ")
                    .append(heap).append(", Camel with a Vert.x platform-http server (default options)\n");
            report.append("- cells: ").append(rounds).append(" round(s) x ").append(measureMillis)
                    .append(" ms measured (after ").append(settleMillis).append(" ms settling) per variant, batch size")
                    .append(" and level, variants interleaved, order rotated each round; warm-up per variant until ")
                    .append(String.format(Locale.ROOT, "%,d", warmupEvents)).append(" events (batches of 10, 16 ")
                    .append("senders, at most ").append(warmupMaxMillis).append(" ms)\n\n");
            for (String key : keys) {
                CallbackVariant variant = new CallbackVariant(key, server.port());
                variant.start();
                variants.add(variant);
            }
            report.append("Variants (all on the same server, events posted with Basic credentials):\n\n");
            for (CallbackVariant variant : variants) {
                report.append("- (").append(variant.key()).append(") ").append(variant.description()).append('\n');
            }
            report.append('\n');

            Main.log("warming up");
            for (CallbackVariant variant : variants) {
                variant.batch(10);
                Main.warmUp(variant, 16, warmupEvents / 10, warmupMillis, warmupMaxMillis, server);
            }
            String jfr = options.get("--server-jfr");
            if (jfr != null) {
                server.command("jfr-start");
            }
            for (int b = 0; b < batches.size(); b++) {
                int batch = batches.get(b);
                variants.forEach(v -> v.batch(batch));
                for (int l = 0; l < levels.size(); l++) {
                    int concurrency = levels.get(l);
                    for (int round = 0; round < rounds; round++) {
                        List<CallbackVariant> order = new ArrayList<>(variants);
                        Collections.rotate(order, -(round + l + b));
                        for (CallbackVariant variant : order) {
                            Driver.Result result = Driver.run(variant, concurrency, round, settleMillis, measureMillis,
                                    server);
                            cells.add(new Cell(batch, result));
                            Main.log("batch %-3d c=%-3d round %d %-14s %8.0f events/s  %6.1f us server CPU/event  p99 "
                                     + "%6.2f ms  server CPU %3.0f%%  client CPU %3.0f%%%s", batch, concurrency, round,
                                    variant.key(), result.throughput() * batch,
                                    result.serverCpuMicrosPerMessage() / batch,
                                    Driver.percentile(result.latencies(), 99) / 1e6, 100 * result.serverCpuShare(),
                                    100 * result.clientCpuShare(), result.failed() > 0 ? "  FAILED "
                                            + result.failed() + ": " + result.firstFailure() : "");
                        }
                    }
                }
            }
            if (jfr != null) {
                Path recording = Path.of(jfr).toAbsolutePath();
                server.command("jfr-stop " + recording);
            }
            CallbackReport.table(report, cells, batches, levels, variants);
            CallbackReport.checks(report, variants, server);
            if (jfr != null) {
                report.append("### Server profile (JFR, measured cells only: ").append(String.join(", ", keys))
                        .append(")\n\nRecording `").append(jfr).append("` (the numbers above include the ")
                        .append("profiler's overhead):\n\n```\n").append(JfrSummary.summarize(Path.of(jfr), 20))
                        .append("```\n\n");
            }
            report.append("- server resident memory at the end: ").append(server.residentBytes() >> 20)
                    .append(" MB\n");
        } finally {
            for (CallbackVariant variant : variants) {
                variant.close();
            }
        }
        report.append("- load average after: ").append(Main.loadAverage()).append('\n');
        System.out.println();
        System.out.println(report);
        Path file = Path.of(out);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
        System.out.println("(written to " + file.toAbsolutePath() + ")");
        System.exit(0);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> options.put("--help", "");
                case "--quick", "--no-pin" -> options.put(args[i], "");
                default -> {
                    if (!args[i].startsWith("--") || i + 1 >= args.length || !HELP.contains(args[i] + " ")) {
                        throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + HELP);
                    }
                    options.put(args[i], args[++i]);
                }
            }
        }
        return options;
    }

    private static List<Integer> ints(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).collect(Collectors.toList());
    }
}
