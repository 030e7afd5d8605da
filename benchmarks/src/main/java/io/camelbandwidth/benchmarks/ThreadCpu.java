package io.camelbandwidth.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of every native thread of this JVM from {@code /proc/self/task/<tid>/stat}, grouped by thread name:
 * unlike JFR's execution samples it includes kernel time, GC and JIT threads. Linux only; empty elsewhere.
 */
final class ThreadCpu {

    private static final long NANOS_PER_TICK = 10_000_000L; // CLK_TCK 100, as on every Linux we run

    private ThreadCpu() {
    }

    /**
     * user and system nanoseconds, and voluntary and involuntary context switches, by thread id with the thread's
     * name.
     */
    static Map<String, long[]> snapshot() {
        Map<String, long[]> byTask = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long voluntary = 0;
                    long involuntary = 0;
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:")) {
                            voluntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                            involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                    byTask.put(task.getFileName() + "\t" + name, new long[] {
                        Long.parseLong(fields[11]) * NANOS_PER_TICK, Long.parseLong(fields[12]) * NANOS_PER_TICK,
                        voluntary, involuntary});
                } catch (IOException | RuntimeException ended) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // nothing to report
        }
        return byTask;
    }

    /** CPU nanoseconds of the JIT compiler threads between two snapshots (-1 if unknown). */
    static long jitNanos(Map<String, long[]> before, Map<String, long[]> after) {
        if (after.isEmpty()) {
            return -1;
        }
        long total = 0;
        for (Map.Entry<String, long[]> now : after.entrySet()) {
            if (now.getKey().contains("CompilerThre")) {
                long[] then = before.getOrDefault(now.getKey(), new long[2]);
                total += now.getValue()[0] - then[0] + now.getValue()[1] - then[1];
            }
        }
        return total;
    }

    /**
     * CPU microseconds per message (user+system) and context switches per message (voluntary: the thread parked or
     * waited; involuntary: preempted) by thread group between two snapshots.
     */
    static String perMessage(Map<String, long[]> before, Map<String, long[]> after, long messages) {
        Map<String, long[]> byGroup = new HashMap<>();
        after.forEach((task, now) -> {
            long[] then = before.getOrDefault(task, new long[4]);
            String group = task.substring(task.indexOf('\t') + 1).replaceAll("[0-9]+", "N");
            long[] sum = byGroup.computeIfAbsent(group, g -> new long[4]);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += now[i] - then[i];
            }
        });
        Map<String, long[]> top = byGroup.entrySet().stream().filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .sorted((x, y) -> Long.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]))
                .limit(8).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x,
                        LinkedHashMap::new));
        StringBuilder out = new StringBuilder();
        top.forEach((group, cpu) -> out.append(String.format(java.util.Locale.ROOT,
                "    %-28s %7.1f µs/msg (user %.1f, system %.1f)  %.2f context switches/msg (%.2f voluntary)%n",
                group, (cpu[0] + cpu[1]) / 1e3 / Math.max(1, messages), cpu[0] / 1e3 / Math.max(1, messages),
                cpu[1] / 1e3 / Math.max(1, messages), (cpu[2] + cpu[3]) / (double) Math.max(1, messages),
                cpu[2] / (double) Math.max(1, messages))));
        return out.toString();
    }
}
