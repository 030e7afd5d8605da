package io.camelbandwidth.messaging.client;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import io.camelbandwidth.messaging.BandwidthConnectionException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pooled, non-blocking Apache HttpClient 5 client. No thread waits for an answer: results complete futures (or
 * call back) on the client's I/O threads. A request is sent again only when HttpClient reports it never left (a
 * pooled connection found closed); otherwise nothing is retried here (a message POST is not idempotent). Redirects are
 * not followed; a pooled connection idle for a while is validated before it carries a request.
 */
public final class HttpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    /** How often a request that never left is moved to another connection (each try takes a different one). */
    private static final int NOT_EXECUTED_RETRIES = 10;

    private final CloseableHttpAsyncClient client;
    private volatile boolean closed;

    public HttpTransport(HttpTransportSettings settings) {
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxTotalConnections())
                .setMaxConnPerRoute(settings.connectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(settings.validateAfterInactivityMillis()))
                        .build());
        if (settings.sslContext() != null) {
            pool.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildAsync());
        }
        PoolingAsyncClientConnectionManager connectionManager = pool.build();

        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(connectionManager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(settings.connectionRequestTimeoutMillis()))
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableConnectionState();
        if (settings.maxIdleMillis() > 0) {
            // close idle connections before a server or load balancer does, which could catch a request mid-write
            builder.evictIdleConnections(TimeValue.ofMilliseconds(settings.maxIdleMillis()));
        }
        if (settings.proxyHost() != null) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort() == null ? 8080 : settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.proxyUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(
                        settings.proxyUsername(), settings.proxyPassword() == null
                                ? new char[0] : settings.proxyPassword().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        this.client = builder.build();
        this.client.start();
    }

    /**
     * Sends a request; the future completes with any answer (2xx or not) or fails with the transport's exception.
     */
    public CompletableFuture<SimpleHttpResponse> execute(SimpleHttpRequest request) {
        CompletableFuture<SimpleHttpResponse> result = new CompletableFuture<>();
        execute(request, (response, failure) -> {
            if (failure instanceof CancellationException) {
                result.cancel(false);
            } else if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(response);
            }
        });
        return result;
    }

    /**
     * Sends a request; {@code done} gets any answer (2xx or not) or the transport's exception (exactly one of them
     * is null), on an I/O thread: the callback form, for the sends of every message.
     */
    public void execute(SimpleHttpRequest request, BiConsumer<SimpleHttpResponse, Exception> done) {
        execute(request, done, NOT_EXECUTED_RETRIES);
    }

    private void execute(SimpleHttpRequest request, BiConsumer<SimpleHttpResponse, Exception> done, int retriesLeft) {
        if (closed) {
            done.accept(null, new BandwidthConnectionException("The HTTP client was closed (its producer stopped):"
                                                               + " the request was not sent", null));
            return;
        }
        try {
            start(request, done, retriesLeft);
        } catch (RuntimeException e) {
            // refused before it started (the client closing at this moment): not one byte was written
            done.accept(null, new BandwidthConnectionException("The HTTP client refused the request ("
                                                               + e.getClass().getSimpleName() + ": "
                                                               + e.getMessage() + "): it was not sent", e));
        }
    }

    private void start(SimpleHttpRequest request, BiConsumer<SimpleHttpResponse, Exception> done, int retriesLeft) {
        client.execute(SimpleRequestProducer.create(request), SimpleResponseConsumer.create(), null,
                new FutureCallback<>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        done.accept(response, null);
                    }

                    @Override
                    public void failed(Exception e) {
                        // a pooled connection the server had just closed: not one byte was written, so sending the
                        // request on another connection cannot duplicate it
                        if (e instanceof RequestNotExecutedException && retriesLeft > 0) {
                            LOG.debug("A pooled connection was closed before the request was written; sending it on"
                                      + " another connection: {}", e.getMessage());
                            execute(request, done, retriesLeft - 1);
                        } else {
                            done.accept(null, e);
                        }
                    }

                    @Override
                    public void cancelled() {
                        done.accept(null, new CancellationException("The HTTP request was cancelled"));
                    }
                });
    }

    @Override
    public void close() {
        closed = true;
        client.close(CloseMode.GRACEFUL);
        try {
            client.awaitShutdown(TimeValue.of(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
