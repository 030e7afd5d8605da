package io.camelbandwidth.messaging.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The callback consumer on a real platform-http server in a JVM of its own, with a heap far smaller than the bodies a
 * test sends: a body the server buffered would end in {@link OutOfMemoryError}, and the heap it reports after a garbage
 * collection shows what a request left behind. It receives on {@link CallbackServer#PATH} with the callback credentials
 * and on {@link #OPEN_PATH} with {@code allowUnauthenticatedCallbacks}.
 */
public final class CallbackServerProcess implements AutoCloseable {

    public static final String OPEN_PATH = "/open";

    private final Process process;
    private final BufferedReader out;
    private final PrintStream in;
    private final AtomicLong outOfMemoryErrors = new AtomicLong();
    private final int port;

    private CallbackServerProcess(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread errors = new Thread(this::watchErrors, "callback-server-stderr");
        errors.setDaemon(true);
        errors.start();
        this.port = Integer.parseInt(expect("port="));
    }

    /** Starts the server JVM with {@code -Xmx} set to {@code maxHeapMegabytes} and waits until it listens. */
    public static CallbackServerProcess start(int maxHeapMegabytes) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire runs tests from a manifest-only jar; it keeps the real class path here
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-Xmx" + maxHeapMegabytes + "m",
                // not the tests' log file, which the child would truncate
                "-Dorg.slf4j.simpleLogger.logFile=System.err", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.io.camelbandwidth=warn", "-Dorg.slf4j.simpleLogger.log.org.apache.camel=warn",
                "-cp", classPath, CallbackServerProcess.class.getName())
                .start();
        try {
            return new CallbackServerProcess(process);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** The heap the server uses after a full garbage collection, in bytes. */
    public long usedHeapAfterGc() throws IOException {
        in.println("heap");
        return Long.parseLong(expect("heap="));
    }

    /** How many {@link OutOfMemoryError}s the server reported on its error output. */
    public long outOfMemoryErrors() {
        return outOfMemoryErrors.get();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private String expect(String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
        throw new IOException("the callback server process ended (exit " + exitValue() + ") before saying " + prefix);
    }

    private String exitValue() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "none yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private void watchErrors() {
        try (BufferedReader errors = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = errors.readLine()) != null) {
                if (line.contains("OutOfMemoryError")) {
                    outOfMemoryErrors.incrementAndGet();
                }
                System.err.println("[callback server] " + line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    @Override
    public void close() throws Exception {
        in.println("stop");
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The server JVM: says its port, then answers {@code heap} and ends at {@code stop} (or when stdin closes). */
    public static void main(String[] args) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            CallbackServer.addTo(context);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(CallbackServer.consumerUri("")).log("received ${header.CamelBandwidthMessageId}");
                    from("bandwidth-sms:" + TestAccount.ACCOUNT_ID + "?webhookPath=" + OPEN_PATH
                         + "&allowUnauthenticatedCallbacks=true").log("received ${header.CamelBandwidthMessageId}");
                }
            });
            context.start();
            System.out.println("port=" + CallbackServer.port(context));
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String command;
            while ((command = commands.readLine()) != null && !command.equals("stop")) {
                if (command.equals("heap")) {
                    System.out.println("heap=" + usedHeapAfterGcHere());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedHeapAfterGcHere() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
