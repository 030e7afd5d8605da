package io.camelbandwidth.benchmarks.fleet;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.ratelimit.hazelcast.HazelcastRateLimiter;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * The component without Kafka, in its own JVM so that its CPU is measured alone: {@code direct:send} to
 * {@code bandwidth-sms}, {@code concurrency} sends in flight. Driven over standard input: {@code GO n} sends n messages
 * and answers {@code DONE <nanos>}; {@code EXIT} ends.
 * <p>
 * Arguments: base URI, token URI, client id, client secret, concurrency, limiter ({@code none}, {@code local} or
 * {@code hazelcast=<cluster>@<host:port>}).
 */
public final class PlainSender {

    private PlainSender() {
    }

    public static void main(String[] args) throws Exception {
        String limiter = args[5];
        int concurrency = Integer.parseInt(args[4]);
        HazelcastInstance hazelcast = null;
        try (CamelContext camel = new DefaultCamelContext()) {
            String options = "";
            if (limiter.startsWith("hazelcast=")) {
                String[] at = limiter.substring("hazelcast=".length()).split("@");
                ClientConfig client = new ClientConfig();
                client.setClusterName(at[0]);
                client.setProperty("hazelcast.phone.home.enabled", "false");
                client.getNetworkConfig().addAddress(at[1]);
                hazelcast = HazelcastClient.newHazelcastClient(client);
                camel.getRegistry().bind("rateLimiter", HazelcastRateLimiter.builder(hazelcast).build());
            }
            if (!limiter.equals("none")) {
                // far above what one JVM sends: the limiter decides every send but never makes one wait
                options = "&maxSegmentsPerSecond=10000000";
            }
            String uri = "bandwidth-sms:" + FleetBenchmark.ACCOUNT_ID
                         + "?applicationId=" + FleetBenchmark.APPLICATION_ID
                         + "&baseUri=" + args[0] + "&oauthTokenUri=" + args[1] + "&clientId=" + args[2]
                         + "&clientSecret=RAW(" + args[3] + ")&from=%2B15551113333&to=%2B15554443333" + options;
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").to(uri);
                }
            });
            camel.start();
            AsyncProducer producer = camel.getEndpoint("direct:send").createAsyncProducer();
            producer.start();
            System.out.println("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("EXIT"); line = in.readLine()) {
                long start = System.nanoTime();
                long failed = send(camel, producer, Integer.parseInt(line.substring(3).trim()), concurrency);
                System.out.println("DONE " + (System.nanoTime() - start) + " " + failed);
            }
        } finally {
            if (hazelcast != null) {
                hazelcast.shutdown();
            }
        }
    }

    /** Sends {@code count} messages with at most {@code concurrency} in flight; returns how many failed. */
    private static long send(CamelContext camel, AsyncProducer producer, int count, int concurrency)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(count);
        AtomicLong failed = new AtomicLong();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody("Your code is " + (100000 + i));
            exchange.getMessage().setHeader(BandwidthSmsConstants.TAG, "bench-" + i);
            producer.process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    failed.incrementAndGet();
                }
                inFlight.release();
                done.countDown();
            });
        }
        done.await();
        return failed.get();
    }
}
