package io.camelbandwidth.benchmarks;

import java.io.IOException;
import java.util.function.BiConsumer;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.io.CloseMode;

/**
 * The hand-written send of (b) and of the Camel floor (f): Apache HttpClient 5's async client, pooled like the
 * component (100 per route, 200 in all), the request serialized and the 202 answer parsed with Jackson into a message
 * object. The answer is handed over on HttpClient's I/O thread.
 */
final class RawClient implements AutoCloseable {

    private final String uri;
    private final String authorization;
    private CloseableHttpAsyncClient client;

    RawClient(Variant.Target target) {
        this.uri = target.messagesUri();
        this.authorization = target.basicAuthorization();
    }

    void start() {
        client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(200).setMaxConnPerRoute(100).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableConnectionState()
                .build();
        client.start();
    }

    /** Posts the message; {@code done} gets Bandwidth's answer, or the failure (exactly one of them is null). */
    void send(Json.Request message, BiConsumer<Json.Message, Exception> done) {
        byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(message);
        } catch (IOException e) {
            done.accept(null, e);
            return;
        }
        SimpleHttpRequest request = SimpleRequestBuilder.post(uri)
                .setHeader(HttpHeaders.AUTHORIZATION, authorization)
                .setHeader(HttpHeaders.ACCEPT, "application/json")
                .setBody(body, ContentType.APPLICATION_JSON)
                .build();
        client.execute(SimpleRequestProducer.create(request), SimpleResponseConsumer.create(), null,
                new FutureCallback<SimpleHttpResponse>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        if (response.getCode() / 100 != 2) {
                            done.accept(null, new IOException("HTTP " + response.getCode()));
                            return;
                        }
                        Json.Message answer;
                        try {
                            answer = Json.MAPPER.readValue(response.getBodyBytes(), Json.Message.class);
                        } catch (IOException e) {
                            done.accept(null, e);
                            return;
                        }
                        done.accept(answer, null);
                    }

                    @Override
                    public void failed(Exception e) {
                        done.accept(null, e);
                    }

                    @Override
                    public void cancelled() {
                        done.accept(null, new IOException("cancelled"));
                    }
                });
    }

    @Override
    public void close() {
        if (client != null) {
            client.close(CloseMode.GRACEFUL);
        }
    }
}
