package io.camelbandwidth.benchmarks.fleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A main class in its own JVM, driven line by line over its standard input and output; its CPU time measurable. */
final class ChildJvm implements AutoCloseable {

    /** Heap, collector and compiler of every JVM whose CPU a cost cell measures, Kafka instances included. */
    static final List<String> MEASURED_JVM = List.of("-Xmx512m", "-XX:+UseParallelGC");

    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;

    ChildJvm(Class<?> main, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(MEASURED_JVM);
        command.addAll(List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=2", // as docs/scaling.md asks
                "-Dhazelcast.logging.type=slf4j",
                "-Dhazelcast.phone.home.enabled=false", "--add-modules", "java.se",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Reads lines until one starts with {@code prefix}; returns it. */
    String await(String prefix) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IOException("The child JVM ended before printing " + prefix);
    }

    void send(String line) {
        in.println(line);
    }

    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        in.println("EXIT");
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
