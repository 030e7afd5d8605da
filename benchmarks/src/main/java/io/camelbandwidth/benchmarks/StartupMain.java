package io.camelbandwidth.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Startup and footprint: each mode of {@link StartupProbe} (component, floor, consumer) started cold in fresh JVMs
 * (pinned to core 0; the simulator in its own JVM on core 1), reported as median and range over the runs: the time
 * from {@code CamelContext.start()} to the first accepted message, the heap after startup (after GC), classes, threads
 * and resident memory. One more run per mode logs class loading, to show which jars the first message touched. The
 * component's runtime dependency tree (jar count and size) comes from the class path file that
 * {@code mvn dependency:build-classpath} writes (see docs/performance.md). {@code --help} lists the options.
 */
public final class StartupMain {

    private static final String HELP = """
            Options (defaults in brackets):
              --runs 5                 cold starts per mode (each in a fresh JVM)
              --modes component,floor,consumer
              --heap 512m              -Xmx of the probe JVMs
              --classpath-file FILE    the component's runtime class path, as written by
                                       mvn dependency:build-classpath -pl camel-bandwidth-messaging -DincludeScope=runtime
                                       -Dmdep.outputFile=... [benchmarks/target/component-runtime.classpath]
              --no-pin                 do not pin the probes (core 0) and the simulator (core 1) with taskset
              --out FILE               also write the report there [benchmarks/target/startup-results.md]
            """;

    /** The figures a probe reports, in the order of the table. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("jvmToMainMs", "JVM start → main ms");
        COLUMNS.put("buildMs", "context + routes built ms");
        COLUMNS.put("startMs", "context.start() ms");
        COLUMNS.put("startToFirstMs", "start() → first accepted ms");
        COLUMNS.put("jvmToFirstMs", "JVM start → first accepted ms");
        COLUMNS.put("heapAfterGcBytes", "heap after GC MB");
        COLUMNS.put("classesLoaded", "classes loaded");
        COLUMNS.put("threads", "threads");
        COLUMNS.put("residentBytes", "resident MB");
    }

    private StartupMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    System.out.print(HELP);
                    return;
                }
                case "--no-pin" -> options.put(args[i], "");
                default -> {
                    if (!HELP.contains(args[i] + " ") || i + 1 >= args.length) {
                        throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + HELP);
                    }
                    options.put(args[i], args[++i]);
                }
            }
        }
        int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));
        List<String> modes = List.of(options.getOrDefault("--modes", "component,floor,consumer").split(","));
        String heap = options.getOrDefault("--heap", "512m");
        boolean pin = !options.containsKey("--no-pin") && Main.hasTaskset();
        String target = Files.isDirectory(Path.of("benchmarks", "target")) ? "benchmarks/target/" : "";
        Path classpathFile = Path.of(options.getOrDefault("--classpath-file", target + "component-runtime.classpath"));
        Path out = Path.of(options.getOrDefault("--out", target + "startup-results.md"));

        StringBuilder report = new StringBuilder();
        report.append("## Startup and footprint, run of ").append(LocalDateTime.now()
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16)).append("\n\n");
        report.append("- command: `").append(args.length == 0 ? "(defaults)" : String.join(" ", args)).append("`\n");
        report.append("- machine: ").append(Main.machine()).append('\n');
        report.append("- java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", probes with -Xmx").append(heap)
                .append(pin ? ", pinned with taskset -c 0" : ", not pinned").append('\n');
        report.append("- load average before: ").append(Main.loadAverage()).append('\n');

        Map<String, List<Map<String, Double>>> results = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> classesByJar = new LinkedHashMap<>();
        try (ServerProcess simulator = new ServerProcess(pin ? "1" : null, 2)) {
            report.append("- simulator: JVM pid ").append(simulator.pid()).append(", ").append(simulator.pinning())
                    .append("\n- ").append(runs).append(" cold start(s) per mode, modes interleaved; then one more per ")
                    .append("mode with -Xlog:class+load (not timed)\n\n");
            for (int run = 0; run < runs; run++) {
                for (String mode : modes) {
                    Map<String, Double> result = probe(mode, simulator.port(), heap, pin, null);
                    Main.log("%s run %d: %s", mode, run, result);
                    results.computeIfAbsent(mode, m -> new ArrayList<>()).add(result);
                }
            }
            for (String mode : modes) {
                Path log = Files.createTempFile("startup-" + mode, ".classes.log");
                probe(mode, simulator.port(), heap, pin, log);
                classesByJar.put(mode, classesByJar(log));
                Files.deleteIfExists(log);
            }
        }

        report.append("### Cold start to the first accepted message\n\n")
                .append("Median of the runs, in brackets the lowest and highest. \"start() → first accepted\" is from ")
                .append("the call of CamelContext.start() until Bandwidth (the simulator) accepted the first message ")
                .append("(producer modes) or the first webhook was answered 200 (consumer). Heap is measured after ")
                .append("that first message, after System.gc().\n\n");
        report.append("| mode |");
        COLUMNS.values().forEach(c -> report.append(' ').append(c).append(" |"));
        report.append("\n|---|");
        COLUMNS.values().forEach(c -> report.append("---:|"));
        report.append('\n');
        results.forEach((mode, runsOfMode) -> {
            report.append("| ").append(mode).append(" |");
            COLUMNS.keySet().forEach(key -> report.append(' ').append(summary(runsOfMode, key)).append(" |"));
            report.append('\n');
        });
        dependencies(report, classpathFile, classesByJar);
        report.append("- load average after: ").append(Main.loadAverage()).append('\n');

        System.out.println();
        System.out.println(report);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println("(written to " + out.toAbsolutePath() + ")");
    }

    /** Runs one probe in a fresh JVM and returns what it reported. */
    private static Map<String, Double> probe(String mode, int port, String heap, boolean pin, Path classLog)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (pin) {
            command.addAll(List.of("taskset", "-c", "0"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        if (classLog != null) {
            command.add("-Xlog:class+load=info:file=" + classLog);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(), mode,
                String.valueOf(port)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        String result = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || result == null) {
            process.destroyForcibly();
            throw new IllegalStateException("The " + mode + " probe failed:\n" + String.join("\n", output));
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String pair : result.substring(7).trim().split(" ")) {
            String[] keyValue = pair.split("=");
            values.put(keyValue[0], Double.parseDouble(keyValue[1]));
        }
        return values;
    }

    private static String summary(List<Map<String, Double>> runs, String key) {
        double[] values = runs.stream().mapToDouble(r -> r.getOrDefault(key, Double.NaN)).sorted().toArray();
        Function<Double, String> format = key.endsWith("Bytes")
                ? v -> String.format(Locale.ROOT, "%.1f", v / 1048576) : v -> String.format(Locale.ROOT, "%.0f", v);
        double median = values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        return values.length == 1 ? format.apply(median) : format.apply(median) + " [" + format.apply(values[0]) + "–"
                                                            + format.apply(values[values.length - 1]) + "]";
    }

    /**
     * A jar's name without its version ({@code slf4j-api-2.0.17.jar}: {@code slf4j-api}), so that the component's tree
     * and the benchmark's class path match where Maven mediated another version.
     */
    private static String artifact(String jarName) {
        return jarName.replaceFirst("-\\d[^-]*(-SNAPSHOT)?\\.jar$", "").replaceFirst("\\.jar$", "");
    }

    /** Classes loaded per artifact (jar name without version), from a {@code -Xlog:class+load} log. */
    private static Map<String, Integer> classesByJar(Path log) throws IOException {
        Map<String, Integer> byJar = new TreeMap<>();
        for (String line : Files.readAllLines(log)) {
            int source = line.indexOf(" source: ");
            if (source < 0) {
                continue;
            }
            String from = line.substring(source + 9).trim();
            int jar = from.indexOf(".jar");
            if (jar < 0) {
                continue; // the JDK's own classes (shared archive, jrt:/)
            }
            String path = from.substring(0, jar + 4);
            byJar.merge(artifact(path.substring(path.lastIndexOf('/') + 1)), 1, Integer::sum);
        }
        return byJar;
    }

    /** The component's runtime dependency tree: size, the biggest jars, and which jars the first messages used. */
    private static void dependencies(StringBuilder report, Path classpathFile,
                                     Map<String, Map<String, Integer>> classesByJar) throws IOException {
        report.append("\n### The component's runtime dependencies\n\n");
        if (!Files.isReadable(classpathFile)) {
            report.append("No class path file at `").append(classpathFile).append("`: write it with `mvn -o -q ")
                    .append("dependency:build-classpath -pl camel-bandwidth-messaging -DincludeScope=runtime ")
                    .append("-Dmdep.outputFile=$PWD/").append(classpathFile).append("` and run again.\n\n");
            return;
        }
        List<Path> jars = new ArrayList<>();
        for (String entry : Files.readString(classpathFile).trim().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                jars.add(Path.of(entry.trim()));
            }
        }
        Path component = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of).filter(p -> p.getFileName().toString().startsWith("camel-bandwidth-messaging-"))
                .findFirst().orElse(null);
        long total = 0;
        Map<Path, Long> sizes = new LinkedHashMap<>();
        for (Path jar : jars) {
            long size = Files.size(jar);
            sizes.put(jar, size);
            total += size;
        }
        long componentSize = component == null ? 0 : Files.size(component);
        report.append(String.format(Locale.ROOT, "- %d jars, %.1f MB (from `%s`), plus the component's own jar %.2f MB%n",
                jars.size(), total / 1048576.0, classpathFile, componentSize / 1048576.0));
        report.append("- what pulls in what: `mvn -o dependency:tree -pl camel-bandwidth-messaging -Dscope=runtime`; ")
                .append("declared but unused / used but undeclared: `mvn -o dependency:analyze -pl ")
                .append("camel-bandwidth-messaging`\n\n");
        List<String> modes = new ArrayList<>(classesByJar.keySet());
        report.append("Classes loaded from each jar by the cold start and first message of each mode (0: no class of ")
                .append("that jar was needed; only one path is exercised, so a 0 is a lead to check, not proof that ")
                .append("the jar is unneeded: OAuth, media, TLS, errors and health checks are not exercised):\n\n");
        report.append("| jar | MB |");
        modes.forEach(m -> report.append(' ').append(m).append(" |"));
        report.append("\n|---|---:|");
        modes.forEach(m -> report.append("---:|"));
        report.append('\n');
        List<Map.Entry<Path, Long>> bySize = new ArrayList<>(sizes.entrySet());
        bySize.sort(Map.Entry.<Path, Long>comparingByValue(Comparator.reverseOrder()));
        Set<String> unused = new TreeSet<>();
        for (Map.Entry<Path, Long> jar : bySize) {
            String name = jar.getKey().getFileName().toString();
            report.append("| ").append(name).append(String.format(Locale.ROOT, " | %.2f |", jar.getValue() / 1048576.0));
            boolean usedAnywhere = false;
            for (String mode : modes) {
                int classes = classesByJar.get(mode).getOrDefault(artifact(name), 0);
                usedAnywhere |= classes > 0;
                report.append(' ').append(classes).append(" |");
            }
            report.append('\n');
            if (!usedAnywhere) {
                unused.add(name);
            }
        }
        long unusedSize = sizes.entrySet().stream().filter(e -> unused.contains(e.getKey().getFileName().toString()))
                .mapToLong(Map.Entry::getValue).sum();
        report.append(String.format(Locale.ROOT, "%nJars of the component's runtime tree from which no mode loaded a "
                                                 + "class: %d, %.1f MB: %s%n%n", unused.size(), unusedSize / 1048576.0,
                unused.isEmpty() ? "none" : String.join(", ", unused)));
    }
}
