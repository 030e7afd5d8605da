package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaEndpointTest {

    private static final String ACCOUNT = "9900000";
    private static final String AUTH = Http.basic("user", "pass");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, (byte) 0xff, 0};

    private BandwidthSimulator sim;

    @BeforeEach
    void start() {
        sim = BandwidthSimulator.builder().basicCredentials("user", "pass").mediaPageSize(2)
                .mediaLimits(64, 150).build().start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private HttpResponse<byte[]> send(String method, String mediaId, String contentType, byte[] body, String auth)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUri() + "/users/" + ACCOUNT + "/media"
                + (mediaId == null ? "" : "/" + mediaId))).timeout(Http.TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void uploadGetDeleteKeepsTheBytesAndTheContentType() throws Exception {
        assertEquals(204, send("PUT", "photo.png", "image/png", PNG, AUTH).statusCode());
        StoredMedia stored = sim.storedMedia(ACCOUNT, "photo.png").orElseThrow();
        assertArrayEquals(PNG, stored.content());
        assertEquals("image/png", stored.contentType());

        HttpResponse<byte[]> get = send("GET", "photo.png", null, null, AUTH);
        assertEquals(200, get.statusCode());
        assertEquals("image/png", get.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(PNG, get.body(), "binary content survives untouched");

        assertEquals(204, send("DELETE", "photo.png", null, null, AUTH).statusCode());
        assertEquals(404, send("GET", "photo.png", null, null, AUTH).statusCode());
        assertEquals(404, send("DELETE", "photo.png", null, null, AUTH).statusCode());
        assertTrue(sim.storedMedia(ACCOUNT).isEmpty());
    }

    @Test
    void mediaIdsWithSlashesAsForInboundMms() throws Exception {
        sim.putMedia(ACCOUNT, "1589228074636lm4k2je7j7jklbn2/0/bw.png", "image/png", PNG);
        HttpResponse<byte[]> get = send("GET", "1589228074636lm4k2je7j7jklbn2/0/bw.png", null, null, AUTH);
        assertEquals(200, get.statusCode());
        assertArrayEquals(PNG, get.body());
        // an encoded space in a name
        assertEquals(204, send("PUT", "my%20photo.png", "image/png", PNG, AUTH).statusCode());
        assertTrue(sim.storedMedia(ACCOUNT, "my photo.png").isPresent());
    }

    @Test
    void everyMediaOperationNeedsCredentials() throws Exception {
        assertEquals(401, send("PUT", "a.png", "image/png", PNG, null).statusCode());
        assertEquals(401, send("PUT", "a.png", "image/png", PNG, Http.basic("user", "wrong")).statusCode());
        assertEquals(401, send("GET", "a.png", null, null, null).statusCode());
        assertEquals(401, send("DELETE", "a.png", null, null, null).statusCode());
        assertEquals(401, send("GET", null, null, null, null).statusCode());
        assertTrue(sim.storedMedia(ACCOUNT).isEmpty());
    }

    @Test
    void uploadChecksTypeAndSize() throws Exception {
        assertEquals(415, send("PUT", "a.bin", "application/octet-stream", PNG, AUTH).statusCode());
        assertEquals(415, send("PUT", "a.bin", null, PNG, AUTH).statusCode());
        assertEquals(400, send("PUT", "big.png", "image/png", new byte[65], AUTH).statusCode(), "over the file limit");
        assertEquals(400, send("PUT", "empty.png", "image/png", new byte[0], AUTH).statusCode());
        assertEquals(204, send("PUT", "a.png", "image/png", new byte[64], AUTH).statusCode());
        assertEquals(204, send("PUT", "b.png", "image/png", new byte[64], AUTH).statusCode());
        assertEquals(400, send("PUT", "c.png", "image/png", new byte[64], AUTH).statusCode(), "over the store limit");
        assertEquals(204, send("PUT", "a.png", "image/png; charset=binary", new byte[10], AUTH).statusCode(),
                "overwriting frees the old size");
        assertEquals(10, sim.storedMedia(ACCOUNT, "a.png").orElseThrow().size());
    }

    @Test
    void listPagesWithContinuationToken() throws Exception {
        for (String name : List.of("c.png", "a.png", "e.png", "b.png", "d.png")) {
            sim.putMedia(ACCOUNT, name, "image/png", new byte[] {1, 2, 3});
        }
        List<String> names = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUri() + "/users/" + ACCOUNT + "/media"))
                    .header("Authorization", AUTH).GET();
            if (token != null) {
                request.header("Continuation-Token", token);
            }
            HttpResponse<String> page = Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            JsonNode items = Http.json(page.body());
            for (JsonNode item : items) {
                names.add(item.path("mediaName").asText());
                assertEquals(3, item.path("contentLength").asInt());
                assertEquals(sim.mediaUri(ACCOUNT, item.path("mediaName").asText()), item.path("content").asText());
            }
            token = page.headers().firstValue("Continuation-Token").orElse(null);
            pages++;
        } while (token != null);
        assertEquals(List.of("a.png", "b.png", "c.png", "d.png", "e.png"), names);
        assertEquals(3, pages);
        assertEquals(400, Http.CLIENT.send(HttpRequest.newBuilder(URI.create(sim.baseUri() + "/users/" + ACCOUNT + "/media"))
                .header("Authorization", AUTH).header("Continuation-Token", "%%%").GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void faultsArePerOperation() throws Exception {
        sim.faults(ApiOperation.UPLOAD_MEDIA).respond(FaultResponse.status(429).header("Retry-After", "3"), 1);
        HttpResponse<byte[]> limited = send("PUT", "a.png", "image/png", PNG, AUTH);
        assertEquals(429, limited.statusCode());
        assertEquals("3", limited.headers().firstValue("Retry-After").orElse(""));
        assertFalse(sim.storedMedia(ACCOUNT, "a.png").isPresent());
        assertEquals(204, send("PUT", "a.png", "image/png", PNG, AUTH).statusCode());
        assertEquals(0, sim.faults().pending(), "the create-message faults are not touched");
        assertEquals("", sim.requests().get(0).body(), "binary bodies are not recorded as text");
        assertEquals("PUT", sim.requests().get(0).method());
    }

    @Test
    void otherMethodsAre405() throws Exception {
        assertEquals(405, send("POST", "a.png", "image/png", PNG, AUTH).statusCode());
        assertEquals(405, send("DELETE", null, null, null, AUTH).statusCode());
    }
}
