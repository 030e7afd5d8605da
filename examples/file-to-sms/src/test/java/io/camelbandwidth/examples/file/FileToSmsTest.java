package io.camelbandwidth.examples.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.camelbandwidth.examples.support.DroppedFiles;
import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the example as {@code exec:java} does (Camel Main, the same routes and properties) on a real folder, against
 * the simulator.
 */
class FileToSmsTest {

    static BandwidthSimulator simulator;

    @TempDir
    Path folder;
    Main main;

    @BeforeAll
    static void startSimulator() {
        simulator = ExampleBandwidth.simulatorBuilder()
                .build().start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void startExample() throws Exception {
        simulator.reset();
        main = FileToSms.create(ExampleBandwidth.simulated(simulator), folder);
        main.addOverrideProperty("sms.redelivery-delay", "10");
        main.start();
    }

    @AfterEach
    void stopExample() {
        main.stop();
    }

    /** Drops the file and waits until Camel moved it to done/ or error/ (after the route and its error handling). */
    private void drop(String name, String content) throws Exception {
        DroppedFiles.drop(folder, name, content, Duration.ofSeconds(20));
    }

    @Test
    void aTextFileBecomesAnSmsAndMovesToDone() throws Exception {
        drop("hello.txt", "+15554443333, +15552223333\nHello from a file\nsecond line\n");

        List<AcceptedMessage> accepted = simulator.awaitAccepted(1, Duration.ofSeconds(5));
        assertEquals(List.of("+15554443333", "+15552223333"), accepted.get(0).to(), "first line: recipients");
        assertEquals("Hello from a file\nsecond line", accepted.get(0).text());
        assertEquals(ExampleBandwidth.SIMULATED_FROM, accepted.get(0).from());
        assertTrue(Files.exists(folder.resolve("done/hello.txt")));
        assertFalse(Files.exists(folder.resolve("hello.txt")));
    }

    @Test
    void aJsonFileIsTheWholeMessageRequest() throws Exception {
        drop("order-42.json", """
                {"to": ["+15554443333"], "text": "Your order shipped", "tag": "order-42", "priority": "high",
                 "media": ["https://example.com/parcel.png"], "expiration": "2099-12-24T18:00:00Z"}
                """);

        AcceptedMessage message = simulator.awaitAccepted(1, Duration.ofSeconds(5)).get(0);
        assertEquals("order-42", message.tag());
        assertEquals("high", message.priority());
        assertTrue(message.isMms());
        assertEquals("2099-12-24T18:00:00Z", message.request().get("expiration").asText());
        assertTrue(Files.exists(folder.resolve("done/order-42.json")));
    }

    @Test
    void anInvalidFileMovesToErrorWithTheReasonAndNothingIsSent() throws Exception {
        drop("no-text.txt", "+15554443333\n");

        assertEquals(0, simulator.requests().size(), "nothing sent");
        assertTrue(Files.exists(folder.resolve("error/no-text.txt")));
        String reason = Files.readString(folder.resolve("error/no-text.txt.reason.txt"));
        assertTrue(reason.startsWith("io.camelbandwidth.messaging.BandwidthValidationException"), reason);
        assertTrue(reason.contains("text"), reason);
    }

    @Test
    void brokenJsonMovesToErrorWithoutRetrying() throws Exception {
        drop("broken.json", "{\"to\": [\"+15554443333\"], \"text\": ");

        assertEquals(0, simulator.requests().size());
        assertTrue(Files.readString(folder.resolve("error/broken.json.reason.txt")).contains("JsonEOFException"));
    }

    @Test
    void serverErrorsAreRetriedByCamelUntilAccepted() throws Exception {
        simulator.faults().respond(503, 2);

        drop("retry.txt", "+15554443333\nEventually");

        assertEquals(3, simulator.requests().size(), "two 503s, then accepted");
        assertEquals(1, simulator.acceptedMessages().size());
        assertTrue(Files.exists(folder.resolve("done/retry.txt")));
    }

    @Test
    void retriesGiveUpAndTheReasonIsKept() throws Exception {
        simulator.faults().respond(503, 10);

        drop("down.txt", "+15554443333\nNever");

        assertEquals(4, simulator.requests().size(), "the first try and 3 redeliveries");
        assertTrue(Files.exists(folder.resolve("error/down.txt")));
        assertTrue(Files.readString(folder.resolve("error/down.txt.reason.txt")).contains("BandwidthServerException"));
    }

    @Test
    void aRejectionIsNotRetried() throws Exception {
        simulator.faults().respond(400, 1);

        drop("rejected.txt", "+15554443333\nRejected");

        assertEquals(1, simulator.requests().size());
        assertTrue(Files.readString(folder.resolve("error/rejected.txt.reason.txt")).contains("BandwidthRejectedException"));
    }
}
