package io.camelbandwidth.messaging;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.RecordedRequest;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a producer holds while sends wait for their turn, and what becomes of them when it stops: a backlog of throttled
 * MMS holds media ids and URLs, not the uploaded bytes; stopping fails the sends still waiting as not sent (safe to
 * retry) and deletes their uploads; a send that comes after the stop (a redelivery) fails the same way.
 */
class ProducerStopTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create(simulator -> simulator
            .mediaLimits(4_000_000, 400_000_000));

    private static final int PICTURES = 20;
    private static final int PICTURE_BYTES = 3_000_000;

    @TempDir
    Path folder;

    private AsyncProducer startProducer(String options) throws Exception {
        AsyncProducer producer = context.getEndpoint(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"
                                                                         + options)).createAsyncProducer();
        ServiceHelper.startService(producer);
        return producer;
    }

    @Test
    @Timeout(60)
    void aThrottledBacklogHoldsNoUploadedBytesAndIsCancelledWithItsUploadsWhenTheProducerStops() throws Exception {
        Random random = new Random(3);
        List<Path> pictures = new ArrayList<>();
        for (int i = 0; i < PICTURES; i++) {
            byte[] bytes = new byte[PICTURE_BYTES];
            random.nextBytes(bytes);
            pictures.add(Files.write(folder.resolve("picture-" + i + ".png"), bytes));
        }
        // one segment a second: the first MMS leaves at once, the others wait their turn, uploaded
        AsyncProducer producer = startProducer("&maxSegmentsPerSecond=1");
        long baseline = usedHeapAfterGc();
        List<Exchange> exchanges = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(PICTURES);
        for (Path picture : pictures) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(picture.toFile());
            exchanges.add(exchange);
            producer.process(exchange, doneSync -> done.countDown());
        }
        await(() -> bandwidth.simulator().storedMedia(ACCOUNT_ID).size() == PICTURES);

        long storedBySimulator = bandwidth.simulator().storedMedia(ACCOUNT_ID).stream()
                .mapToLong(media -> heapFootprint(media.size())).sum(); // the simulator runs in this JVM
        long heldByProducer = usedHeapAfterGc() - baseline - storedBySimulator;
        assertTrue(heldByProducer < PICTURES * PICTURE_BYTES / 3, "the backlog holds " + heldByProducer / 1_000_000
                                                                  + " MB: the uploaded bytes were kept");
        long sentBeforeStop = bandwidth.simulator().acceptedCount();
        assertTrue(sentBeforeStop < PICTURES, "some sends are still waiting");

        ServiceHelper.stopService(producer);

        assertTrue(done.await(WAIT.toMillis(), TimeUnit.MILLISECONDS), "every exchange completed");
        long sent = bandwidth.simulator().acceptedCount();
        int cancelled = 0;
        for (Exchange exchange : exchanges) {
            if (exchange.getException() != null) {
                BandwidthConnectionException failure = assertInstanceOf(BandwidthConnectionException.class,
                        exchange.getException());
                assertTrue(failure.isRetrySafe() && !failure.isMaybeSent(), failure.toString());
                assertTrue(failure.getMessage().contains("stopped"), failure.getMessage());
                cancelled++;
            }
        }
        assertEquals(PICTURES - sent, cancelled, "what was not sent failed as not sent");
        assertTrue(cancelled > 0);
        await(() -> bandwidth.simulator().storedMedia(ACCOUNT_ID).size() == sent);
        assertEquals(sent, bandwidth.simulator().requests().stream().filter(r -> r.method().equals("POST")).count(),
                "no message request after the stop");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aSendAfterTheProducerStoppedFailsAsNotSent(boolean oauth) throws Exception {
        String uri = "from=" + FROM + "&to=%2B15554443333";
        AsyncProducer producer = context.getEndpoint(oauth ? bandwidth.oauthUri(uri) : bandwidth.basicUri(uri))
                .createAsyncProducer();
        ServiceHelper.startService(producer);
        ServiceHelper.stopService(producer);

        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody("a redelivery after the route stopped");
        CountDownLatch done = new CountDownLatch(1);
        producer.process(exchange, doneSync -> done.countDown());

        assertTrue(done.await(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        BandwidthConnectionException failure = assertInstanceOf(BandwidthConnectionException.class,
                exchange.getException());
        assertTrue(failure.isRetrySafe());
        assertFalse(failure.isMaybeSent());
        assertEquals(List.of(), bandwidth.simulator().requests().stream().map(RecordedRequest::uri).toList());
    }

    /** What a byte array takes on the heap: G1 gives an array of half a region or more whole regions of its own. */
    private static long heapFootprint(long bytes) {
        long region = 0;
        try {
            region = Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("G1HeapRegionSize").getValue());
        } catch (RuntimeException notG1) {
            // another collector: no humongous regions
        }
        return region <= 0 || bytes < region / 2 ? bytes : (bytes + 16 + region - 1) / region * region;
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void await(BooleanSupplier condition) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.onSpinWait();
        }
    }
}
