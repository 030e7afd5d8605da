package io.camelbandwidth.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a JFR recording of a benchmark run: where CPU samples land (hottest methods, by layer, and which share
 * of samples run inside the component's or Camel's code), and which classes are allocated most.
 * {@code java -cp ... io.camelbandwidth.benchmarks.JfrSummary file.jfr} prints the same for any recording.
 */
final class JfrSummary {

    private static final String[][] LAYERS = {
        {"io.camelbandwidth.messaging.", "component"},
        {"io.camelbandwidth.benchmarks.", "harness"},
        {"org.apache.camel.", "camel"},
        {"org.apache.hc.", "httpclient5"},
        {"com.fasterxml.jackson.", "jackson"},
        {"java.util.concurrent.", "j.u.concurrent"},
        {"sun.nio.", "nio"}, {"java.nio.", "nio"},
        {"io.vertx.", "vertx"}, {"io.netty.", "netty"},
        {"org.slf4j.", "slf4j"},
    };

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(summarize(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 20));
    }

    static String summarize(Path recording, int top) throws IOException {
        Map<String, Long> selfByMethod = new HashMap<>();
        Map<String, Long> selfByLayer = new HashMap<>();
        Map<String, Long> inclusiveByLayer = new HashMap<>();
        Map<String, Long> inclusiveByMethod = new HashMap<>();
        Map<String, Long> allocationByClass = new HashMap<>();
        Map<String, Long> allocationByLayer = new HashMap<>();
        Map<String, Long> samplesByThread = new HashMap<>();
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (frames.stream().anyMatch(JfrSummary::isProfilerOwn)) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                if (event.getThread("sampledThread") != null) {
                    // numbers in thread names (pool-3-thread-17) would split one pool into many rows
                    samplesByThread.merge(event.getThread("sampledThread").getJavaName().replaceAll("[0-9]+", "N"),
                            1L, Long::sum);
                }
                String self = method(frames.get(0));
                selfByMethod.merge(self, 1L, Long::sum);
                selfByLayer.merge(layer(frames.get(0)), 1L, Long::sum);
                frames.stream().map(JfrSummary::layer).distinct()
                        .forEach(l -> inclusiveByLayer.merge(l, 1L, Long::sum));
                frames.stream().map(JfrSummary::method).filter(m -> m.startsWith("io.camelbandwidth.messaging"))
                        .distinct().forEach(m -> inclusiveByMethod.merge(m, 1L, Long::sum));
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = event.getLong("weight");
                allocated += weight;
                allocationByClass.merge(event.getClass("objectClass").getName(), weight, Long::sum);
                // the first frame outside the JDK that allocates: who asked for it
                String who = frames.stream().map(JfrSummary::layer).filter(l -> !l.equals("jdk")).findFirst()
                        .orElse("jdk");
                allocationByLayer.merge(who, weight, Long::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("CPU samples: ").append(samples).append('\n');
        out.append("  self time by layer:      ").append(shares(selfByLayer, samples, 12)).append('\n');
        out.append("  samples with a frame of: ").append(shares(inclusiveByLayer, samples, 12)).append('\n');
        long totalSamples = samples;
        long totalAllocated = allocated;
        out.append("  by thread:               ").append(shares(samplesByThread, totalSamples, 8)).append('\n');
        out.append("  hottest methods (self):\n");
        topOf(selfByMethod, top).forEach((m, n) ->
                out.append(String.format("    %5.1f%%  %s%n", 100.0 * n / totalSamples, m)));
        out.append("  component methods (inclusive):\n");
        topOf(inclusiveByMethod, top).forEach((m, n) ->
                out.append(String.format("    %5.1f%%  %s%n", 100.0 * n / totalSamples, m)));
        out.append("Allocation samples (weight ").append(allocated / (1024 * 1024)).append(" MB):\n");
        out.append("  by first non-JDK caller layer: ").append(shares(allocationByLayer, allocated, 12)).append('\n');
        topOf(allocationByClass, top).forEach((c, n) ->
                out.append(String.format("    %5.1f%%  %s%n", 100.0 * n / Math.max(1, totalAllocated), c)));
        return out.toString();
    }

    /** JFR instrumenting classes when a recording starts (ASM): the profiler's own work, not the benchmark's. */
    private static boolean isProfilerOwn(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.startsWith("jdk.internal.org.objectweb.asm.") || type.startsWith("jdk.jfr.");
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String layer(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        for (String[] layer : LAYERS) {
            if (type.startsWith(layer[0])) {
                return layer[1];
            }
        }
        return "jdk";
    }

    private static Map<String, Long> topOf(Map<String, Long> counts, int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, LinkedHashMap::new));
    }

    private static String shares(Map<String, Long> counts, long total, int top) {
        return topOf(counts, top).entrySet().stream()
                .map(e -> String.format("%s %.1f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, total)))
                .collect(Collectors.joining(", "));
    }
}
