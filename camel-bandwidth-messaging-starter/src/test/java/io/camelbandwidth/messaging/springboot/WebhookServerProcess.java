package io.camelbandwidth.messaging.springboot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application with a callback consumer on Tomcat, in a JVM of its own whose heap is far smaller than the
 * bodies a test sends: a body the server buffered would end in {@link OutOfMemoryError}.
 */
final class WebhookServerProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final PrintStream in;
    private final AtomicLong outOfMemoryErrors = new AtomicLong();
    private final int port;

    private WebhookServerProcess(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread errors = new Thread(this::watchErrors, "webhook-server-stderr");
        errors.setDaemon(true);
        errors.start();
        this.port = Integer.parseInt(expect("port="));
    }

    /** Starts the server JVM with {@code -Xmx} set to {@code maxHeapMegabytes}; extra Spring arguments may follow. */
    static WebhookServerProcess start(int maxHeapMegabytes, String... springArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeapMegabytes + "m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                WebhookServerProcess.class.getName(), "--server.port=0", "--logging.level.root=WARN",
                "--camel.component.bandwidth-sms.callback-username=" + RawHttp.USER,
                "--camel.component.bandwidth-sms.callback-password=" + RawHttp.PASSWORD));
        command.addAll(List.of(springArguments));
        Process process = new ProcessBuilder(command).start();
        try {
            return new WebhookServerProcess(process);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    int port() {
        return port;
    }

    long usedHeapAfterGc() throws IOException {
        in.println("heap");
        return Long.parseLong(expect("heap="));
    }

    long outOfMemoryErrors() {
        return outOfMemoryErrors.get();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private String expect(String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
        throw new IOException("the server process ended before saying " + prefix);
    }

    private void watchErrors() {
        try (BufferedReader errors = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = errors.readLine()) != null) {
                if (line.contains("OutOfMemoryError")) {
                    outOfMemoryErrors.incrementAndGet();
                }
                System.err.println("[webhook server] " + line);
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

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        RouteBuilder callbacks() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("bandwidth-sms:9900000").log("received ${header.CamelBandwidthMessageId}");
                }
            };
        }
    }

    /** The server JVM: says its port, then answers {@code heap} and ends at {@code stop} (or when stdin closes). */
    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = SpringApplication.run(App.class, args)) {
            System.out.println("port=" + context.getEnvironment().getProperty("local.server.port"));
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String command;
            while ((command = commands.readLine()) != null && !command.equals("stop")) {
                if (command.equals("heap")) {
                    for (int i = 0; i < 3; i++) {
                        System.gc();
                    }
                    Runtime runtime = Runtime.getRuntime();
                    System.out.println("heap=" + (runtime.totalMemory() - runtime.freeMemory()));
                }
            }
        }
    }
}
