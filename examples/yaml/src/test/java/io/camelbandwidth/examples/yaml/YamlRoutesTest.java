package io.camelbandwidth.examples.yaml;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbandwidth.examples.support.DroppedFiles;
import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.simulator.AcceptedMessage;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads the YAML routes from the class path, as {@code exec:java} does, with a real folder and a real HTTP server,
 * against the simulator.
 */
class YamlRoutesTest {

    @TempDir
    static Path folder;

    static BandwidthSimulator simulator;
    static Main main;
    static URI sms;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        simulator = ExampleBandwidth.simulatorBuilder()
                .build().start();
        main = YamlRoutes.create(ExampleBandwidth.simulated(simulator), folder);
        main.addOverrideProperty("rest.port", "0");
        main.addOverrideProperty("sms.redelivery-delay", "10");
        main.start();
        int port = main.getCamelContext().hasService(VertxPlatformHttpServer.class).getServer().actualPort();
        sms = URI.create("http://127.0.0.1:" + port + "/sms");
    }

    @AfterAll
    static void stop() {
        main.stop();
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    /** Drops the file and waits until Camel moved it to done/ or error/ (after the route and its error handling). */
    private void drop(String name, String content) throws Exception {
        DroppedFiles.drop(folder, name, content, Duration.ofSeconds(20));
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(sms).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void allRoutesAreLoadedFromYaml() {
        assertEquals(List.of("file-to-sms", "file-to-sms-failure", "rest-to-sms"),
                main.getCamelContext().getRoutes().stream().map(r -> r.getRouteId()).filter(id -> !id.startsWith("route"))
                        .sorted().toList());
    }

    @Test
    void aTextFileIsSent() throws Exception {
        drop("hello.txt", "+15554443333, +15552223333\nHello from YAML\nline two\n");

        AcceptedMessage message = simulator.awaitAccepted(1, Duration.ofSeconds(5)).get(0);
        assertEquals(List.of("+15554443333", "+15552223333"), message.to());
        assertEquals("Hello from YAML\nline two", message.text());
        assertTrue(Files.exists(folder.resolve("done/hello.txt")));
    }

    @Test
    void aJsonFileIsSent() throws Exception {
        drop("req.json", "{\"to\":[\"+15554443333\"],\"text\":\"JSON\",\"tag\":\"y-1\",\"expiration\":\"2099-01-01T00:00:00Z\"}");

        assertEquals("y-1", simulator.awaitAccepted(1, Duration.ofSeconds(5)).get(0).tag());
        assertTrue(Files.exists(folder.resolve("done/req.json")));
    }

    @Test
    void aFileThatCannotBeSentMovesToErrorWithTheReason() throws Exception {
        drop("no-text.txt", "+15554443333\n");

        assertEquals(0, simulator.requests().size());
        assertTrue(Files.readString(folder.resolve("error/no-text.txt.reason.txt")).contains("BandwidthValidationException"));
    }

    @Test
    void aFileIsRetriedOnServerErrors() throws Exception {
        simulator.faults().respond(503, 2);

        drop("retry.txt", "+15554443333\nagain");

        assertEquals(3, simulator.requests().size());
        assertTrue(Files.exists(folder.resolve("done/retry.txt")));
    }

    @Test
    void restAnswers202WithTheMessageId() throws Exception {
        HttpResponse<String> response = post("{\"to\":\"+15554443333\",\"text\":\"Hello from YAML REST\"}");

        assertEquals(202, response.statusCode(), response.body());
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertEquals(simulator.awaitAccepted(1, Duration.ofSeconds(5)).get(0).id(), body.get("id").asText());
        assertEquals(1, body.get("segmentCount").asInt());
    }

    @Test
    void restAnswers400ForAnInvalidRequest() throws Exception {
        HttpResponse<String> response = post("{\"text\":\"no \\\"recipient\\\"\"}");

        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertEquals("invalid-request", body.get("error").asText());
        assertEquals(0, simulator.requests().size());
    }

    @Test
    void restAnswers400ForBrokenJsonWithWhereItWentWrongAndNothingAboutTheService() throws Exception {
        for (String broken : new String[] {"{\"to\":", "{\"to\": {\"number\": 1}, \"text\": \"x\"}"}) {
            HttpResponse<String> response = post(broken);

            assertEquals(400, response.statusCode(), response.body());
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertEquals("invalid-request", body.get("error").asText());
            assertEquals(1, body.get("line").asInt(), response.body());
            for (String internal : new String[] {"io.camelbandwidth", "MessageRequest", "com.fasterxml", "Source:"}) {
                assertFalse(response.body().contains(internal), "no internals: " + response.body());
            }
        }
    }

    @Test
    void restRefusesABodyThatSetsTheSenderTheApplicationOrMedia() throws Exception {
        HttpResponse<String> response = post("{\"to\":\"+15554443333\",\"text\":\"x\",\"from\":\"+19999999999\","
                                             + "\"applicationId\":\"evil-app\",\"media\":[\"https://evil.example/x.png\"]}");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid-request", new ObjectMapper().readTree(response.body()).get("error").asText());
        assertEquals(0, simulator.requests().size(), "nothing was sent");
    }

    @Test
    void restAnswers503AfterRetries503AtOnceFor429And504ForMaybeSent() throws Exception {
        simulator.faults().respond(503, 3);
        assertEquals(503, post("{\"to\":\"+15554443333\",\"text\":\"x\"}").statusCode());
        assertEquals(3, simulator.requests().size(), "the first try and 2 redeliveries");

        simulator.reset();
        simulator.faults().respond(429, 3);
        HttpResponse<String> limited = post("{\"to\":\"+15554443333\",\"text\":\"x\"}");
        assertEquals(503, limited.statusCode());
        assertEquals("rate-limited", new ObjectMapper().readTree(limited.body()).get("error").asText());
        assertEquals(1, simulator.requests().size(), "a 429 is answered at once");

        simulator.reset();
        simulator.faults().dropAfterAccept(1);
        assertEquals(504, post("{\"to\":\"+15554443333\",\"text\":\"x\"}").statusCode());
        assertEquals(1, simulator.requests().size());
    }
}
