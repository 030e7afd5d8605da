package io.camelbandwidth.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders the results as Markdown: absolute figures, ratios to (b) from the same rounds, and the goals. */
final class Report {

    private Report() {
    }

    /** The figures of one variant at one level, pooled over the rounds. */
    private record Pooled(String key, int concurrency, long completed, long failed, long wall, long cpu, long jit,
                          long allocated, long serverCpu, long[] latencies, List<Driver.Result> rounds) {

        static Pooled of(List<Driver.Result> results) {
            Driver.Result first = results.get(0);
            long[] latencies = results.stream().flatMapToLong(r -> Arrays.stream(r.latencies())).sorted().toArray();
            return new Pooled(first.key(), first.concurrency(), sum(results, Driver.Result::completed),
                    sum(results, Driver.Result::failed), sum(results, Driver.Result::wallNanos),
                    sum(results, Driver.Result::clientCpuNanos),
                    sum(results, r -> Math.max(0, r.jitCpuNanos())), sum(results, Driver.Result::allocatedBytes),
                    results.stream().anyMatch(r -> r.serverCpuNanos() < 0) ? -1
                            : sum(results, Driver.Result::serverCpuNanos), latencies, results);
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
    }

    private static long sum(List<Driver.Result> results, java.util.function.ToLongFunction<Driver.Result> f) {
        return results.stream().mapToLong(f).sum();
    }

    static void table(StringBuilder out, List<Driver.Result> results, List<Integer> levels, List<Variant> variants) {
        out.append("### Throughput, CPU, latency, allocation\n\n");
        out.append("Ratios are to (b) over the same rounds; in brackets the lowest and highest ratio of a single round.\n")
                .append("CPU is the client JVM's process CPU time (all threads, GC and JIT included) per message; ")
                .append("\"client\"/\"server\" is the share of one core each process used. \"w/o JIT\" leaves out the ")
                .append("CPU of the JIT compiler threads (from /proc): the cost once the code is compiled; the goals ")
                .append("use it, since compiling is a one-off cost in a long-running service.\n\n");
        out.append("| c | variant | msg/s | × (b) | CPU µs/msg w/o JIT | × (b) | CPU µs/msg with JIT | × (b) | p50 ms | "
                   + "p99 ms | p99 − (b) ms | alloc KB/msg | × (b) | client | server | server µs/msg | failed |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Pooled> level64 = new ArrayList<>();
        List<String> p99Added = new ArrayList<>();
        double maxServerShare = 0;
        for (int concurrency : levels) {
            Optional<Pooled> baseline = pooled(results, concurrency, "b");
            for (Variant variant : variants) {
                Optional<Pooled> cell = pooled(results, concurrency, variant.key());
                if (cell.isEmpty()) {
                    continue;
                }
                Pooled p = cell.get();
                maxServerShare = Math.max(maxServerShare, Double.isNaN(p.serverShare()) ? 0 : p.serverShare());
                if (concurrency == 64) {
                    level64.add(p);
                }
                String throughputRatio = "";
                String cpuRatio = "";
                String cpuNoJitRatio = "";
                String allocRatio = "";
                String p99Diff = "";
                if (baseline.isPresent()) {
                    Pooled b = baseline.get();
                    throughputRatio = ratio(p.throughput() / b.throughput(),
                            roundRatios(p, b, Driver.Result::throughput));
                    cpuRatio = ratio(p.cpuMicros() / b.cpuMicros(),
                            roundRatios(p, b, Driver.Result::cpuMicrosPerMessage));
                    cpuNoJitRatio = ratio(p.cpuMicrosWithoutJit() / b.cpuMicrosWithoutJit(),
                            roundRatios(p, b, Driver.Result::cpuMicrosPerMessageWithoutJit));
                    allocRatio = String.format(Locale.ROOT, "%.2f", p.allocatedKb() / b.allocatedKb());
                    p99Diff = String.format(Locale.ROOT, "%+.2f", p.p(99) - b.p(99));
                    if (p.key().equals("a")) {
                        p99Added.add("c=" + concurrency + ": " + p99Diff + " ms (p50 "
                                     + String.format(Locale.ROOT, "%+.2f", p.p(50) - b.p(50)) + ")");
                    }
                }
                out.append(String.format(Locale.ROOT,
                        "| %d | (%s) | %,.0f | %s | %.1f | %s | %.1f | %s | %.2f | %.2f | %s | %.2f | %s | %.0f%% | %.0f%% | %.1f | %d |%n",
                        concurrency, p.key(), p.throughput(), throughputRatio, p.cpuMicrosWithoutJit(), cpuNoJitRatio,
                        p.cpuMicros(), cpuRatio, p.p(50), p.p(99),
                        p99Diff, p.allocatedKb(), allocRatio, 100 * p.clientShare(), 100 * p.serverShare(),
                        p.serverMicros(), p.failed()));
            }
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "Highest server CPU share in any cell: %.0f%% of its core%s.%n",
                100 * maxServerShare, maxServerShare >= 0.9 ? " (the simulator was a bottleneck there)"
                        : " (the simulator was not the bottleneck)"));
        goals(out, level64, p99Added);
    }

    private static void goals(StringBuilder out, List<Pooled> level64, List<String> p99Added) {
        Optional<Pooled> a = level64.stream().filter(p -> p.key().equals("a")).findFirst();
        Optional<Pooled> b = level64.stream().filter(p -> p.key().equals("b")).findFirst();
        Optional<Pooled> c = level64.stream().filter(p -> p.key().equals("c")).findFirst();
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        double throughput = a.get().throughput() / b.get().throughput();
        double cpu = a.get().cpuMicrosWithoutJit() / b.get().cpuMicrosWithoutJit();
        double cpuWithJit = a.get().cpuMicros() / b.get().cpuMicros();
        out.append("\nGoals at concurrency 64:\n\n");
        out.append(String.format(Locale.ROOT, "- throughput (a)/(b) = %.2f (goal ≥ 0.90): %s%n", throughput,
                throughput >= 0.9 ? "met" : "MISSED"));
        out.append(String.format(Locale.ROOT, "- CPU per message (a)/(b) = %.2f without JIT, %.2f with (goal ≤ 1.25): %s%n",
                cpu, cpuWithJit, cpu <= 1.25 ? "met" : "MISSED"));
        c.ifPresent(camelHttp -> out.append(String.format(Locale.ROOT,
                "- (a) vs (c): %.2fx the throughput at %.2fx the CPU per message: %s%n",
                a.get().throughput() / camelHttp.throughput(),
                a.get().cpuMicrosWithoutJit() / camelHttp.cpuMicrosWithoutJit(),
                a.get().throughput() > camelHttp.throughput()
                && a.get().cpuMicrosWithoutJit() < camelHttp.cpuMicrosWithoutJit()
                        ? "(a) beats (c)" : "(a) does NOT beat (c)")));
        out.append("- latency added by the component, p99(a) − p99(b): ").append(String.join("; ", p99Added))
                .append(" (goal ≤ 1 ms)\n");
    }

    private static String ratio(double pooled, double[] rounds) {
        if (rounds.length < 2) {
            return String.format(Locale.ROOT, "%.2f", pooled);
        }
        return String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", pooled, Arrays.stream(rounds).min().orElse(0),
                Arrays.stream(rounds).max().orElse(0));
    }

    private static double[] roundRatios(Pooled p, Pooled b, java.util.function.ToDoubleFunction<Driver.Result> f) {
        List<Double> ratios = new ArrayList<>();
        for (Driver.Result r : p.rounds()) {
            b.rounds().stream().filter(x -> x.round() == r.round()).findFirst()
                    .ifPresent(x -> ratios.add(f.applyAsDouble(r) / f.applyAsDouble(x)));
        }
        return ratios.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Optional<Pooled> pooled(List<Driver.Result> results, int concurrency, String key) {
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
