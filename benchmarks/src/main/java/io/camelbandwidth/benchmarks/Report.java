package io.camelbandwidth.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Renders the results as Markdown: absolute figures, ratios to the floor and to (b) from the same rounds, goals. */
final class Report {

    private Report() {
    }

    /** The figures of one variant at one level, pooled over the rounds. */
    record Pooled(String key, int concurrency, long completed, long failed, long wall, long cpu, long jit,
                  long allocated, long serverCpu, long serverAllocated, long[] latencies, List<Driver.Result> rounds) {

        static Pooled of(List<Driver.Result> results) {
            Driver.Result first = results.get(0);
            long[] latencies = results.stream().flatMapToLong(r -> Arrays.stream(r.latencies())).sorted().toArray();
            return new Pooled(first.key(), first.concurrency(), sum(results, Driver.Result::completed),
                    sum(results, Driver.Result::failed), sum(results, Driver.Result::wallNanos),
                    sum(results, Driver.Result::clientCpuNanos),
                    sum(results, r -> Math.max(0, r.jitCpuNanos())), sum(results, Driver.Result::allocatedBytes),
                    results.stream().anyMatch(r -> r.serverCpuNanos() < 0) ? -1
                            : sum(results, Driver.Result::serverCpuNanos),
                    results.stream().anyMatch(r -> r.serverAllocatedBytes() < 0) ? -1
                            : sum(results, Driver.Result::serverAllocatedBytes), latencies, results);
        }

        double throughput() {
            return completed / (wall / 1e9);
        }

        double cpuMicros() {
            return cpu / 1e3 / Math.max(1, completed);
        }

        double cpuMicrosWithoutJit() {
            return (cpu - jit) / 1e3 / Math.max(1, completed);
        }

        double allocatedKb() {
            return allocated / 1024.0 / Math.max(1, completed);
        }

        double p(double percentile) {
            return Driver.percentile(latencies, percentile) / 1e6;
        }

        double clientShare() {
            return (double) cpu / wall;
        }

        double serverShare() {
            return serverCpu < 0 ? Double.NaN : (double) serverCpu / wall;
        }

        double serverMicros() {
            return serverCpu < 0 ? Double.NaN : serverCpu / 1e3 / Math.max(1, completed);
        }

        double serverAllocatedKb() {
            return serverAllocated < 0 ? Double.NaN : serverAllocated / 1024.0 / Math.max(1, completed);
        }
    }

    private static long sum(List<Driver.Result> results, ToLongFunction<Driver.Result> f) {
        return results.stream().mapToLong(f).sum();
    }

    /** The floor a variant is compared with: (f) driven the same way (async callbacks, or ProducerTemplate). */
    static String floorOf(String key) {
        return key.endsWith("-pt") ? "f-pt" : "f";
    }

    static void table(StringBuilder out, List<Driver.Result> results, List<Integer> levels, List<Variant> variants) {
        out.append("### Throughput, CPU, latency, allocation\n\n");
        out.append("\"× floor\" is the ratio to the Camel floor driven the same way: to (f) for variants driven through ")
                .append("the direct endpoint's async producer, to (f-pt) for those driven by ProducerTemplate (-pt). ")
                .append("\"× (b)\" is the ratio to the raw client. Ratios are over the same rounds; in brackets the lowest ")
                .append("and highest ratio (or difference) of a single round.\n")
                .append("CPU is the client JVM's process CPU time (all threads, GC and JIT included) per message; ")
                .append("\"client\"/\"server\" is the share of one core each process used. \"w/o JIT\" leaves out the ")
                .append("CPU of the JIT compiler threads (from /proc): the cost once the code is compiled; the goals ")
                .append("use it, since compiling is a one-off cost in a long-running service.\n\n");
        out.append("| c | variant | msg/s | × floor | × (b) | CPU µs/msg w/o JIT | × floor | × (b) | CPU µs/msg with JIT | "
                   + "× floor | p50 ms | p99 ms | p99 − floor ms | alloc KB/msg | − floor KB | × (b) | client | server | "
                   + "server µs/msg | failed |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double maxServerShare = 0;
        for (int concurrency : levels) {
            Optional<Pooled> raw = pooled(results, concurrency, "b");
            for (Variant variant : variants) {
                Optional<Pooled> cell = pooled(results, concurrency, variant.key());
                if (cell.isEmpty()) {
                    continue;
                }
                Pooled p = cell.get();
                maxServerShare = Math.max(maxServerShare, Double.isNaN(p.serverShare()) ? 0 : p.serverShare());
                Optional<Pooled> floor = pooled(results, concurrency, floorOf(p.key()));
                out.append(String.format(Locale.ROOT,
                        "| %d | (%s) | %,.0f | %s | %s | %.1f | %s | %s | %.1f | %s | %.2f | %.2f | %s | %.2f | %s | %s | "
                        + "%.0f%% | %.0f%% | %.1f | %d |%n",
                        concurrency, p.key(), p.throughput(),
                        floor.map(f -> throughputRatio(p, f)).orElse(""), raw.map(b -> throughputRatio(p, b)).orElse(""),
                        p.cpuMicrosWithoutJit(),
                        floor.map(f -> cpuRatio(p, f)).orElse(""), raw.map(b -> cpuRatio(p, b)).orElse(""),
                        p.cpuMicros(), floor.map(f -> ratio(p.cpuMicros() / f.cpuMicros(),
                                roundRatios(p, f, Driver.Result::cpuMicrosPerMessage))).orElse(""),
                        p.p(50), p.p(99), floor.map(f -> String.format(Locale.ROOT, "%+.2f", p.p(99) - f.p(99)))
                                .orElse(""),
                        p.allocatedKb(), floor.map(f -> allocationDifference(p, f)).orElse(""),
                        raw.map(b -> String.format(Locale.ROOT, "%.2f", p.allocatedKb() / b.allocatedKb())).orElse(""),
                        100 * p.clientShare(), 100 * p.serverShare(), p.serverMicros(), p.failed()));
            }
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "Highest server CPU share in any cell: %.0f%% of its core%s.%n",
                100 * maxServerShare, maxServerShare >= 0.9 ? " (the simulator was a bottleneck there)"
                        : " (the simulator was not the bottleneck)"));
        templateCost(out, results, levels, variants);
        goals(out, results, levels);
    }

    private static String throughputRatio(Pooled p, Pooled reference) {
        return ratio(p.throughput() / reference.throughput(), roundRatios(p, reference, Driver.Result::throughput));
    }

    private static String cpuRatio(Pooled p, Pooled reference) {
        return ratio(p.cpuMicrosWithoutJit() / reference.cpuMicrosWithoutJit(),
                roundRatios(p, reference, Driver.Result::cpuMicrosPerMessageWithoutJit));
    }

    /** KB per message more than the reference, with the range over single rounds. */
    private static String allocationDifference(Pooled p, Pooled reference) {
        double[] rounds = roundDifferences(p, reference, Driver.Result::allocatedKbPerMessage);
        String pooled = String.format(Locale.ROOT, "%+.2f", p.allocatedKb() - reference.allocatedKb());
        return rounds.length < 2 ? pooled : pooled + String.format(Locale.ROOT, " [%+.2f–%+.2f]",
                Arrays.stream(rounds).min().orElse(0), Arrays.stream(rounds).max().orElse(0));
    }

    /** For each variant also driven by ProducerTemplate: what the template and its blocked threads add. */
    private static void templateCost(StringBuilder out, List<Driver.Result> results, List<Integer> levels,
                                     List<Variant> variants) {
        List<String> rows = new ArrayList<>();
        for (int concurrency : levels) {
            for (Variant variant : variants) {
                if (!variant.key().endsWith("-pt")) {
                    continue;
                }
                String base = variant.key().substring(0, variant.key().length() - 3);
                Optional<Pooled> viaTemplate = pooled(results, concurrency, variant.key());
                Optional<Pooled> async = pooled(results, concurrency, base);
                if (viaTemplate.isPresent() && async.isPresent()) {
                    Pooled t = viaTemplate.get();
                    Pooled a = async.get();
                    rows.add(String.format(Locale.ROOT, "| %d | (%s) ÷ (%s) | %s | %s | %s | %+.2f |%n", concurrency,
                            t.key(), a.key(), throughputRatio(t, a), cpuRatio(t, a), allocationDifference(t, a),
                            t.p(99) - a.p(99)));
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        out.append("\n#### What ProducerTemplate adds\n\n")
                .append("The same route driven by ProducerTemplate.send() from c blocked caller threads, compared with ")
                .append("the direct endpoint's async producer (as an async consumer drives it).\n\n")
                .append("| c | variants | msg/s ratio | CPU w/o JIT ratio | alloc difference KB/msg | p99 difference ms |\n")
                .append("|---|---|---:|---:|---:|---:|\n");
        rows.forEach(out::append);
    }

    /** Issue 11's goals: (a) against the floor (f) at concurrency 1, 16 and 64; and the comparisons kept from before. */
    private static void goals(StringBuilder out, List<Driver.Result> results, List<Integer> levels) {
        List<String> lines = new ArrayList<>();
        for (int concurrency : levels) {
            if (concurrency != 1 && concurrency != 16 && concurrency != 64) {
                continue;
            }
            Optional<Pooled> component = pooled(results, concurrency, "a");
            Optional<Pooled> floor = pooled(results, concurrency, "f");
            if (component.isPresent() && floor.isPresent()) {
                Pooled a = component.get();
                Pooled f = floor.get();
                double throughput = a.throughput() / f.throughput();
                double cpu = a.cpuMicrosWithoutJit() / f.cpuMicrosWithoutJit();
                double allocation = a.allocatedKb() - f.allocatedKb();
                lines.add(String.format(Locale.ROOT, "- c=%d, (a) vs (f): throughput %s (goal ≥ 0.95): %s; CPU per "
                                                     + "message w/o JIT %s (goal ≤ 1.05): %s; allocation %s KB/msg "
                                                     + "(goal ≤ +1.00): %s%n",
                        concurrency, throughputRatio(a, f), verdict(throughput >= 0.95), cpuRatio(a, f),
                        verdict(cpu <= 1.05), allocationDifference(a, f), verdict(allocation <= 1.0)));
            }
            Optional<Pooled> componentViaTemplate = pooled(results, concurrency, "a-pt");
            Optional<Pooled> floorViaTemplate = pooled(results, concurrency, "f-pt");
            if (componentViaTemplate.isPresent() && floorViaTemplate.isPresent()) {
                Pooled a = componentViaTemplate.get();
                Pooled f = floorViaTemplate.get();
                lines.add(String.format(Locale.ROOT, "- c=%d, (a-pt) vs (f-pt), for information: throughput %s, CPU per "
                                                     + "message w/o JIT %s, allocation %s KB/msg%n",
                        concurrency, throughputRatio(a, f), cpuRatio(a, f), allocationDifference(a, f)));
            }
            Optional<Pooled> raw = pooled(results, concurrency, "b");
            if (floor.isPresent() && raw.isPresent()) {
                lines.add(String.format(Locale.ROOT, "- c=%d, what Camel itself costs, (f) vs (b): throughput %s, CPU "
                                                     + "per message w/o JIT %s, allocation %s KB/msg%n", concurrency,
                        throughputRatio(floor.get(), raw.get()), cpuRatio(floor.get(), raw.get()),
                        allocationDifference(floor.get(), raw.get())));
            }
        }
        Optional<Pooled> a64 = pooled(results, 64, "a");
        Optional<Pooled> c64 = pooled(results, 64, "c");
        if (a64.isPresent() && c64.isPresent()) {
            Pooled a = a64.get();
            Pooled c = c64.get();
            lines.add(String.format(Locale.ROOT, "- c=64, (a) vs (c): %.2fx the throughput at %.2fx the CPU per message:"
                                                 + " %s%n", a.throughput() / c.throughput(),
                    a.cpuMicrosWithoutJit() / c.cpuMicrosWithoutJit(),
                    a.throughput() > c.throughput() && a.cpuMicrosWithoutJit() < c.cpuMicrosWithoutJit()
                            ? "(a) beats (c)" : "(a) does NOT beat (c)"));
        }
        if (!lines.isEmpty()) {
            out.append("\nGoals (issue 11: the component within 5 % of the Camel floor):\n\n");
            lines.forEach(out::append);
        }
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    static String ratio(double pooled, double[] rounds) {
        if (rounds.length < 2) {
            return String.format(Locale.ROOT, "%.2f", pooled);
        }
        return String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", pooled, Arrays.stream(rounds).min().orElse(0),
                Arrays.stream(rounds).max().orElse(0));
    }

    static double[] roundRatios(Pooled p, Pooled b, ToDoubleFunction<Driver.Result> f) {
        List<Double> ratios = new ArrayList<>();
        for (Driver.Result r : p.rounds()) {
            b.rounds().stream().filter(x -> x.round() == r.round()).findFirst()
                    .ifPresent(x -> ratios.add(f.applyAsDouble(r) / f.applyAsDouble(x)));
        }
        return ratios.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] roundDifferences(Pooled p, Pooled b,
                                             ToDoubleFunction<Driver.Result> f) {
        List<Double> differences = new ArrayList<>();
        for (Driver.Result r : p.rounds()) {
            b.rounds().stream().filter(x -> x.round() == r.round()).findFirst()
                    .ifPresent(x -> differences.add(f.applyAsDouble(r) - f.applyAsDouble(x)));
        }
        return differences.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static Optional<Pooled> pooled(List<Driver.Result> results, int concurrency, String key) {
        List<Driver.Result> cell = results.stream().filter(r -> r.concurrency() == concurrency && r.key().equals(key))
                .collect(Collectors.toList());
        return cell.isEmpty() ? Optional.empty() : Optional.of(Pooled.of(cell));
    }

    static void inflight(StringBuilder out, List<InFlightTest.Result> results, List<Variant> variants,
                         Variant shortWait) {
        out.append("Every message is sent at once; the server holds each answer, so the client's pool (100 connections ")
                .append("per route for (a) and (b)) works through them 100 at a time and the rest wait for a connection. ")
                .append("Heap is measured after System.gc() before sending, once everything is submitted (peak), and ")
                .append("after all answers.\n\n");
        out.append("| variant | in flight at peak | heap before MB | heap at peak MB | retained KB per message in flight | "
                   + "heap after MB | live threads before → peak | submit ms | all answered after ms | "
                   + "slowest ms | accepted | failures |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|\n");
        for (InFlightTest.Result r : results) {
            out.append(String.format(Locale.ROOT, "| (%s) | %,d | %.1f | %.1f | %.2f | %.1f | %d → %d | %d | %,d | %,d | %,d | %s |%n",
                    r.key(), r.inFlightAtPeak(), r.heapBeforeBytes() / 1048576.0, r.heapPeakBytes() / 1048576.0,
                    r.retainedBytesPerMessage() / 1024, r.heapAfterBytes() / 1048576.0, r.threadsBefore(),
                    r.threadsPeak(), r.submitMillis(), r.drainMillis(), r.maxLatencyMillis(), r.succeeded(),
                    r.failures().isEmpty() ? "none" : r.failures().toString()));
        }
        out.append("\n(a') is (a) with `").append(shortWait.description().replaceAll(".* with ", ""))
                .append("`: messages that wait longer than that for a pooled connection fail with a retry-safe ")
                .append("BandwidthConnectionException (nothing was sent).\n");
    }
}
