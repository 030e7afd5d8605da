package io.camelbandwidth.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * (d) For reference: {@code java.net.http.HttpClient.sendAsync} (HTTP/1.1, its own unbounded pool and default
 * executor) with the same Jackson work as (b).
 */
final class JdkHttpVariant implements Variant {

    private final Target target;
    private final URI uri;
    private final String authorization;
    private HttpClient client;

    JdkHttpVariant(Target target) {
        this.target = target;
        this.uri = URI.create(target.messagesUri());
        this.authorization = target.basicAuthorization();
    }

    @Override
    public String key() {
        return "d";
    }

    @Override
    public String description() {
        return "java.net.http sendAsync + Jackson (reference)";
    }

    @Override
    public void start() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public void send(long seq, Completion completion) {
        byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(Json.request(target, seq));
        } catch (IOException e) {
            completion.done(e);
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
            if (failure != null) {
                completion.done(failure);
                return;
            }
            if (response.statusCode() / 100 != 2) {
                completion.done(new IOException("HTTP " + response.statusCode()));
                return;
            }
            try {
                Json.Message message = Json.MAPPER.readValue(response.body(), Json.Message.class);
                completion.done(message.id == null ? new IllegalStateException("no message id") : null);
            } catch (IOException e) {
                completion.done(e);
            }
        });
    }

    @Override
    public void close() {
        client = null; // JDK 17's client has no close(); its threads end when idle
    }
}
