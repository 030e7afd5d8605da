package io.camelbandwidth.benchmarks;

import java.io.IOException;

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
 * (b) The floor: Apache HttpClient 5's async client, pooled like the component (100 per route, 200 in all), doing the
 * same POST with the same Jackson work: serialize the request, parse the 202 answer into a message object.
 */
final class RawHttpClientVariant implements Variant {

    private final Target target;
    private final String uri;
    private final String authorization;
    private CloseableHttpAsyncClient client;

    RawHttpClientVariant(Target target) {
        this.target = target;
        this.uri = target.messagesUri();
        this.authorization = target.basicAuthorization();
    }

    @Override
    public String key() {
        return "b";
    }

    @Override
    public String description() {
        return "raw HttpClient 5 async + Jackson (the floor)";
    }

    @Override
    public void start() {
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

    @Override
    public void send(long seq, Completion completion) {
        byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(Json.request(target, seq));
        } catch (IOException e) {
            completion.done(e);
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
                            completion.done(new IOException("HTTP " + response.getCode()));
                            return;
                        }
                        try {
                            Json.Message message = Json.MAPPER.readValue(response.getBodyBytes(), Json.Message.class);
                            completion.done(message.id == null ? new IllegalStateException("no message id") : null);
                        } catch (IOException e) {
                            completion.done(e);
                        }
                    }

                    @Override
                    public void failed(Exception e) {
                        completion.done(e);
                    }

                    @Override
                    public void cancelled() {
                        completion.done(new IOException("cancelled"));
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
