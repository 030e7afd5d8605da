package io.camelbandwidth.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server in its own JVM (the simulator, or the callback server of {@link CallbackMain}), pinned to its own core when
 * {@code taskset} exists, so that client and server CPU are measured apart. CPU time comes from
 * {@code /proc/<pid>/stat} (utime + stime). The server prints {@code READY <port>}, then answers one line per command
 * line on its standard input ({@code allocated}: bytes its live threads allocated so far; {@code quit}).
 */
final class ServerProcess implements AutoCloseable {

    private static final long NANOS_PER_TICK = 1_000_000_000L / clockTicks();

    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;
    private final int port;
    private final String pinning;

    /** The simulator ({@link SimulatorServer}) with that many worker threads, on that CPU ({@code null}: anywhere). */
    ServerProcess(String cpu, int threads) throws IOException {
        this(cpu, List.of("-Xms256m", "-Xmx256m", "-XX:+UseParallelGC",
                "-Dsun.net.httpserver.nodelay=true",
                // the JDK server keeps at most 200 idle connections and closes any connection going idle beyond that
                // right after answering: with four clients' pools side by side that would close connections under
                // them (stale connections are a test of their own: StaleConnectionTest)
                "-Dsun.net.httpserver.maxIdleConnections=100000",
                "-Dsun.net.httpserver.idleInterval=3600"),
                SimulatorServer.class.getName(), List.of(String.valueOf(threads)));
    }

    /** Runs {@code mainClass} with this JVM's class path, on that CPU ({@code null}: anywhere). */
    ServerProcess(String cpu, List<String> jvmOptions, String mainClass, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        String pinnedTo = null;
        if (cpu != null && Main.hasTaskset()) {
            command.addAll(List.of("taskset", "-c", cpu));
            pinnedTo = cpu;
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        String ready = out.readLine();
        if (ready == null || !ready.startsWith("READY ")) {
            process.destroyForcibly();
            throw new IOException("The simulator process did not start: " + ready);
        }
        port = Integer.parseInt(ready.substring(6).trim());
        pinning = pinnedTo == null ? "not pinned" : "taskset -c " + pinnedTo;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String pinning() {
        return pinning;
    }

    synchronized String command(String line) throws IOException {
        in.println(line);
        String answer = out.readLine();
        if (answer == null) {
            throw new IOException("The simulator process ended");
        }
        return answer;
    }

    long accepted() throws IOException {
        return Long.parseLong(command("accepted"));
    }

    /** Bytes allocated so far by the server's live threads (as it reports them), or -1. */
    long allocatedBytes() {
        try {
            return Long.parseLong(command("allocated"));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU time of the whole server process (all threads, GC and JIT included). */
    long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident memory of the server process in bytes, or -1. */
    long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            command("quit");
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // kill below
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String value = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return Long.parseLong(value);
        } catch (IOException | RuntimeException e) {
            return 100;
        }
    }
}
