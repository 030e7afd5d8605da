package io.camelbandwidth.examples.fleet;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An instance of the fleet in its own JVM ({@link FleetInstance#main}), as in production: it can be killed with
 * {@code SIGKILL}, which no instance sharing a JVM can simulate (no shutdown hook, no finally block, sockets closed by
 * the kernel, nothing flushed).
 */
public final class InstanceProcess implements AutoCloseable {

    /**
     * Light enough for three instances beside the broker, database and member on a 2-core machine: a small heap, the
     * serial collector, C1 only. The fleet tests and the demo use these.
     */
    public static final List<String> LIGHT_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /**
     * Hazelcast's client on Java 17 without "modular environment" warnings; no phone-home; a common pool of two
     * threads, without which Hazelcast starts a thread per callback on one or two CPUs (docs/scaling.md).
     */
    private static final List<String> HAZELCAST_OPTIONS = List.of(
            "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2",
            "-Dhazelcast.logging.type=slf4j", "-Dhazelcast.phone.home.enabled=false",
            "--add-modules", "java.se", "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");

    private final String id;
    private final Process process;
    private final Path log;

    private InstanceProcess(String id, Process process, Path log) {
        this.id = id;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts an instance with these settings; its output goes to {@code <directory>/<id>.log}.
     *
     * @param settings  the instance's settings ({@code fleet.instance-id} names it)
     * @param directory where its settings file and log go
     */
    public static InstanceProcess start(Properties settings, Path directory) throws IOException {
        return start(settings, directory, LIGHT_JVM);
    }

    /**
     * Starts an instance with these settings and these JVM options (heap, collector, compiler) instead of
     * {@link #LIGHT_JVM}: a benchmark compares its CPU with JVMs started like its own.
     *
     * @param settings   the instance's settings ({@code fleet.instance-id} names it)
     * @param directory  where its settings file and log go
     * @param jvmOptions heap, collector and compiler options
     */
    public static InstanceProcess start(Properties settings, Path directory, List<String> jvmOptions)
            throws IOException {
        String id = settings.getProperty("fleet.instance-id");
        Files.createDirectories(directory);
        Path file = directory.resolve(id + ".properties");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            settings.store(writer, "settings of " + id);
        }
        Path log = directory.resolve(id + ".log");
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(HAZELCAST_OPTIONS);
        command.add("-cp");
        command.add(classPath());
        command.add(FleetInstance.class.getName());
        command.add(file.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new InstanceProcess(id, process, log);
    }

    /**
     * This JVM's class path: the class loader's URLs under {@code mvn exec:java} (whose {@code java.class.path} is
     * Maven's own), else {@code java.class.path} (a test run, a plain {@code java -cp}).
     */
    static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader
            && loader.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Paths.get(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("Not a file on the class path: " + url, e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    public String id() {
        return id;
    }

    /** Waits until the instance prints {@link FleetInstance#READY}. */
    public InstanceProcess awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(FleetInstance.READY)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(id + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(id + " not ready within " + timeout + ":\n" + tail());
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        return this;
    }

    /** Kills the process at once with {@code SIGKILL} (on Unix; {@code TerminateProcess} on Windows). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The CPU time the process used so far (zero where the platform does not tell). */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the process as an orchestrator would ({@code SIGTERM}, then {@code SIGKILL} after 30 s). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** The last lines the instance printed. */
    public String tail() {
        String[] lines = output().split("\n");
        return String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }

    private String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
