package io.camelbandwidth.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders the callback benchmark as Markdown: per-event figures, ratios to the floor, the goals and the checks. */
final class CallbackReport {

    private CallbackReport() {
    }

    static void table(StringBuilder out, List<CallbackMain.Cell> cells, List<Integer> batches, List<Integer> levels,
                      List<CallbackVariant> variants) {
        out.append("### Events per second, server CPU and allocation per event, time to the HTTP answer\n\n")
                .append("\"× floor\" compares (consumer) with (floor) and (consumer+idem) with (floor+idem), over the ")
                .append("same rounds; in brackets the lowest and highest ratio of a single round. Server CPU is the ")
                .append("server JVM's process CPU time (all threads, GC and JIT included, from /proc) per event; ")
                .append("server allocation is what its live threads allocated per event; p50/p99 are the time from ")
                .append("sending a request to its HTTP answer. \"server\"/\"client\" is the share of one core each ")
                .append("process used.\n\n");
        out.append("| batch | c | variant | events/s | × floor | server CPU µs/event | × floor | server alloc KB/event | "
                   + "× floor | p50 ms | p99 ms | × floor | requests/s | server | client | failed requests |\n");
        out.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> goals = new ArrayList<>();
        for (int batch : batches) {
            List<Driver.Result> results = cells.stream().filter(c -> c.batch() == batch)
                    .map(CallbackMain.Cell::result).collect(Collectors.toList());
            for (int concurrency : levels) {
                for (CallbackVariant variant : variants) {
                    Optional<Report.Pooled> cell = Report.pooled(results, concurrency, variant.key());
                    if (cell.isEmpty()) {
                        continue;
                    }
                    Report.Pooled p = cell.get();
                    Optional<Report.Pooled> floor = variant.key().startsWith("floor") ? Optional.empty()
                            : Report.pooled(results, concurrency, CallbackVariant.floorOf(variant.key()));
                    out.append(String.format(Locale.ROOT,
                            "| %d | %d | (%s) | %,.0f | %s | %.1f | %s | %.2f | %s | %.2f | %.2f | %s | %,.0f | %.0f%% | "
                            + "%.0f%% | %d |%n",
                            batch, concurrency, p.key(), p.throughput() * batch,
                            floor.map(f -> eventsRatio(p, f)).orElse(""), p.serverMicros() / batch,
                            floor.map(f -> serverCpuRatio(p, f)).orElse(""), p.serverAllocatedKb() / batch,
                            floor.map(f -> String.format(Locale.ROOT, "%.2f",
                                    p.serverAllocatedKb() / f.serverAllocatedKb())).orElse(""),
                            p.p(50), p.p(99), floor.map(f -> p99Ratio(p, f)).orElse(""), p.throughput(),
                            100 * p.serverShare(), 100 * p.clientShare(), p.failed()));
                    floor.ifPresent(f -> {
                        double events = p.throughput() / f.throughput();
                        double p99 = p.p(99) / f.p(99);
                        goals.add(String.format(Locale.ROOT, "- batch %d, c=%d, (%s) vs (%s): events/s %s (goal ≥ 0.90):"
                                                             + " %s; p99 %s (goal ≤ 1.20): %s; server CPU per event %s%n",
                                batch, concurrency, p.key(), f.key(), eventsRatio(p, f), events >= 0.9 ? "met" : "MISSED",
                                p99Ratio(p, f), p99 <= 1.2 ? "met" : "MISSED", serverCpuRatio(p, f)));
                    });
                }
            }
        }
        double maxClientShare = cells.stream().mapToDouble(c -> c.result().clientCpuShare()).max().orElse(0);
        out.append(String.format(Locale.ROOT, "%nHighest load generator CPU share in any cell: %.0f%% of its core%s.%n",
                100 * maxClientShare, maxClientShare >= 0.9 ? " (the load generator may have been the bottleneck "
                                                              + "there)" : ""));
        if (!goals.isEmpty()) {
            out.append("\nGoals (issue 11: ≥ 0.9× the floor's events per second, p99 ≤ 1.2× the floor's):\n\n");
            goals.forEach(out::append);
        }
    }

    private static String eventsRatio(Report.Pooled p, Report.Pooled floor) {
        return Report.ratio(p.throughput() / floor.throughput(),
                Report.roundRatios(p, floor, Driver.Result::throughput));
    }

    private static String serverCpuRatio(Report.Pooled p, Report.Pooled floor) {
        return Report.ratio(p.serverMicros() / floor.serverMicros(),
                Report.roundRatios(p, floor, Driver.Result::serverCpuMicrosPerMessage));
    }

    private static String p99Ratio(Report.Pooled p, Report.Pooled floor) {
        return Report.ratio(p.p(99) / floor.p(99),
                Report.roundRatios(p, floor, r -> Driver.percentile(r.latencies(), 99)));
    }

    /** Every event processed exactly once (warm-up included), none on an event-loop thread; the threads used. */
    static void checks(StringBuilder out, List<CallbackVariant> variants, ServerProcess server) throws IOException {
        out.append("\n### Checks (the whole run, warm-up included)\n\n")
                .append("| variant | events posted | acknowledged (200) | in refused requests | processed | distinct | "
                        + "processed twice | unreadable | exactly once | on an event loop | threads that processed "
                        + "events |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|\n");
        for (CallbackVariant variant : variants) {
            Map<String, String> stats = parse(server.command("stats " + variant.key()));
            long processed = Long.parseLong(stats.getOrDefault("processed", "-1"));
            long distinct = Long.parseLong(stats.getOrDefault("distinct", "-1"));
            long duplicates = Long.parseLong(stats.getOrDefault("duplicates", "-1"));
            long unreadable = Long.parseLong(stats.getOrDefault("unreadable", "-1"));
            long onEventLoop = Long.parseLong(stats.getOrDefault("eventLoop", "-1"));
            long posted = variant.eventsPosted();
            long acknowledged = variant.eventsAcknowledged();
            long refused = variant.eventsRefused();
            // a refused request may have had some of its events processed; an acknowledged one must have had all
            boolean exactlyOnce = duplicates == 0 && unreadable == 0 && processed == distinct
                                  && distinct >= acknowledged && distinct <= posted;
            out.append(String.format(Locale.ROOT, "| (%s) | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %s | %,d | %s |%n",
                    variant.key(), posted, acknowledged, refused, processed, distinct, duplicates, unreadable,
                    exactlyOnce ? (refused == 0 && distinct == posted ? "yes" : "yes (of the acknowledged)") : "**NO**",
                    onEventLoop, stats.getOrDefault("threads", "").replace(",", ", ").replace('_', ' ')));
        }
        out.append('\n');
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> values = new HashMap<>();
        for (String word : line.trim().split(" ")) {
            int equals = word.indexOf('=');
            if (equals > 0) {
                values.put(word.substring(0, equals), word.substring(equals + 1));
            }
        }
        return values;
    }
}
