package io.camelbandwidth.messaging;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.camelbandwidth.messaging.client.BandwidthMessagingClient;
import io.camelbandwidth.messaging.client.ErrorMapper;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * Whether a producer can reach Bandwidth with its credentials: one lightweight authenticated call,
 * {@code GET /users/{accountId}/media} (the first page of the account's media), through the producer's own client.
 * With OAuth2 it uses the cached token, fetching one when there is none or it expired, and renews a refused token
 * once, exactly as a send would; bad client credentials fail at the token endpoint. DOWN carries the HTTP status in
 * {@link HealthCheck#HTTP_RESPONSE_CODE} (401 or 403 for credentials) and the typed exception.
 * <p>
 * Registered in the {@code producers} repository, which Camel leaves disabled unless the application enables it
 * ({@code camel.health.producersEnabled=true}); the component option {@code healthCheckProducerEnabled} turns it off.
 */
public class BandwidthSmsProducerHealthCheck extends AbstractHealthCheck {

    private final BandwidthSmsEndpoint endpoint;
    private final BandwidthMessagingClient client;

    public BandwidthSmsProducerHealthCheck(BandwidthSmsEndpoint endpoint, BandwidthMessagingClient client) {
        super("camel", "producer:bandwidth-sms-" + endpoint.getConfiguration().getAccountId() + "-" + endpoint.getId());
        this.endpoint = endpoint;
        this.client = client;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        BandwidthSmsConfiguration configuration = endpoint.getConfiguration();
        builder.detail("bandwidth.accountId", configuration.getAccountId());
        builder.detail(HealthCheck.ENDPOINT_URI, URISupport.sanitizeUri(endpoint.getEndpointUri()));
        long timeout = configuration.getConnectionRequestTimeout() + configuration.getConnectTimeout()
                       + configuration.getResponseTimeout() + 1000;
        try {
            client.listMedia(configuration.getAccountId(), null).get(timeout, TimeUnit.MILLISECONDS);
            builder.detail(HealthCheck.HTTP_RESPONSE_CODE, 200);
            builder.up();
        } catch (ExecutionException e) {
            BandwidthException failure = ErrorMapper.fromTransport(e, "Health check request");
            if (failure instanceof BandwidthHttpException) {
                builder.detail(HealthCheck.HTTP_RESPONSE_CODE, ((BandwidthHttpException) failure).getHttpResponseCode());
            }
            builder.message(failure.getMessage()).error(failure).down();
        } catch (TimeoutException e) {
            builder.message("Bandwidth did not answer within " + timeout + " ms").error(e).down();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.message("Interrupted").error(e).down();
        }
    }
}
