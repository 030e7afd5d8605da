package io.camelbandwidth.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.camelbandwidth.simulator.BandwidthSimulator;

/**
 * The simulator as the benchmark's server process. Keeps no records (counts only), so its memory stays flat. Prints
 * {@code READY <port>}, then answers commands on standard input, one per line:
 * <ul>
 *   <li>{@code accepted}: prints the number of accepted messages;</li>
 *   <li>{@code allocated}: prints the bytes this process's live threads allocated so far;</li>
 *   <li>{@code delay <millis> <count>}: holds the answers of the next {@code count} requests for {@code millis};</li>
 *   <li>{@code reset}: drops queued faults and zeroes the counts;</li>
 *   <li>{@code quit} (or end of input): stops.</li>
 * </ul>
 * Arguments: worker threads (default 8).
 */
public final class SimulatorServer {

    static final String USER = "bench-user";
    static final String PASSWORD = "bench-password";

    private SimulatorServer() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        BandwidthSimulator simulator = BandwidthSimulator.builder()
                .threads(threads)
                .basicCredentials(USER, PASSWORD)
                .recordLimit(0)
                .build()
                .start();
        System.out.println("READY " + simulator.port());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split("\\s+");
            switch (words[0]) {
                case "accepted" -> System.out.println(simulator.acceptedCount());
                case "allocated" -> System.out.println(allocatedBytes());
                case "delay" -> {
                    simulator.faults().delay(Duration.ofMillis(Long.parseLong(words[1])), Integer.parseInt(words[2]));
                    System.out.println("OK");
                }
                case "reset" -> {
                    simulator.reset();
                    System.out.println("OK");
                }
                case "quit" -> {
                    simulator.stop();
                    System.out.println("BYE");
                    System.out.flush();
                    return;
                }
                default -> System.out.println("ERROR unknown command " + words[0]);
            }
            System.out.flush();
        }
        simulator.stop();
    }

    /** Bytes allocated so far by this JVM's live threads. */
    static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }
}
