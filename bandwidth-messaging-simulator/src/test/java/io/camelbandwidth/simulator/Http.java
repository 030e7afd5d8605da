package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny java.net.http client for the tests. */
final class Http {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private Http() {
    }

    static HttpResponse<String> post(URI uri, String contentType, String authorization, String body)
            throws IOException, InterruptedException {
        return post(uri, contentType, authorization, body, TIMEOUT);
    }

    static HttpResponse<String> post(URI uri, String contentType, String authorization, String body, Duration timeout)
            throws IOException, InterruptedException {
        return CLIENT.send(request(uri, contentType, authorization, body, timeout), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest request(URI uri, String contentType, String authorization, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    /** A valid SMS request body to the given recipients. */
    static String sms(String text, String... to) {
        StringBuilder recipients = new StringBuilder();
        for (String number : to) {
            recipients.append(recipients.length() == 0 ? "" : ",").append('"').append(number).append('"');
        }
        return "{\"applicationId\":\"app-1\",\"from\":\"+15551110000\",\"to\":[" + recipients + "],\"text\":\""
                + text + "\",\"tag\":\"t-1\"}";
    }
}
