package io.camelbandwidth.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import io.camelbandwidth.messaging.callback.WebhookGate;
import io.camelbandwidth.messaging.client.BandwidthMessagingClient;
import io.camelbandwidth.messaging.client.ClientRegistry;
import io.camelbandwidth.messaging.client.HttpClientLogWarning;
import io.camelbandwidth.messaging.metrics.BandwidthMetrics;
import io.camelbandwidth.messaging.send.LocalRateLimiter;
import io.camelbandwidth.messaging.support.ConfigurationValidator;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.ObjectHelper;

/**
 * Sends SMS and MMS through the Bandwidth Messaging API v2, and receives Bandwidth's callbacks (delivery status,
 * inbound messages) on the runtime's platform-http server.
 * <p>
 * The component holds what its endpoints share: the HTTP clients ({@link ClientRegistry}), the send rate of each
 * account, the webhook paths in use, the completion thread pool and the statistics; it creates and stops them with
 * Camel's lifecycle.
 */
@Component("bandwidth-sms")
@ManagedResource(description = "Bandwidth SMS: what the producers of this component did")
public class BandwidthSmsComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "Options shared by every endpoint of this component; an endpoint URI overrides them.")
    private BandwidthSmsConfiguration configuration = new BandwidthSmsConfiguration();
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSLContextParameters of the Camel context when no sslContextParameters are set.")
    private boolean useGlobalSslContextParameters;

    private final BandwidthSmsStatistics statistics = new BandwidthSmsStatistics();
    /** The gate of each consumer by its webhook path. */
    private final Map<String, WebhookGate> webhookGates = new ConcurrentHashMap<>();
    private ClientRegistry clients;
    private ExecutorService completionExecutor;
    private BandwidthMetrics metrics;
    /** Shared by the endpoints that send for the same account at the same rate. */
    private final LocalRateLimiter localRateLimiter = new LocalRateLimiter(System::nanoTime);

    public BandwidthSmsComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (ObjectHelper.isEmpty(remaining)) {
            throw new IllegalArgumentException("The Bandwidth account id is missing: use bandwidth-sms:accountId");
        }
        BandwidthSmsConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setAccountId(remaining);
        BandwidthSmsEndpoint endpoint = new BandwidthSmsEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        if (endpointConfiguration.getSslContextParameters() == null) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        ConfigurationValidator.validate(endpointConfiguration);
        return endpoint;
    }

    /**
     * The client for a producer: the pooled HTTP client of its connection settings, and its authentication; give it
     * back with {@link #releaseClient} when the producer stops.
     */
    BandwidthMessagingClient createClient(BandwidthSmsConfiguration conf) throws Exception {
        return clients().client(conf);
    }

    /** Gives a producer's client back: the pooled HTTP client closes when its last producer stopped. */
    void releaseClient(BandwidthMessagingClient client) {
        ClientRegistry registry;
        synchronized (this) {
            registry = clients;
        }
        if (registry != null) {
            registry.release(client);
        }
    }

    private synchronized ClientRegistry clients() {
        if (clients == null) {
            clients = new ClientRegistry(getCamelContext(), metrics().tokenFetches());
        }
        return clients;
    }

    /**
     * Reserves a webhook path for one consumer: a second consumer on the same path would never see a callback.
     *
     * @throws IllegalStateException if another consumer of this component listens on the path
     */
    void claimWebhookPath(String path, WebhookGate gate) {
        if (webhookGates.putIfAbsent(path, gate) != null) {
            throw new IllegalStateException("Another bandwidth-sms consumer already receives callbacks on " + path
                                            + ": give each consumer its own webhookPath");
        }
    }

    void releaseWebhookPath(String path) {
        webhookGates.remove(path);
    }

    /**
     * The header checks of the consumer that receives callbacks on a path, for an HTTP server that can run them before
     * it reads the body where platform-http cannot (the Spring Boot starter's servlet filter). Not API: it may change
     * in any release.
     *
     * @return the gate, or {@code null} when no consumer of this component listens on the path
     */
    public WebhookGate webhookGate(String path) {
        return webhookGates.get(path);
    }

    /**
     * The rate limiter of an endpoint: its own {@code rateLimiter}, else the component's local one; {@code null}
     * without {@code maxSegmentsPerSecond}.
     */
    BandwidthRateLimiter rateLimiter(BandwidthSmsConfiguration conf) {
        if (conf.getMaxSegmentsPerSecond() <= 0) {
            return null;
        }
        return conf.getRateLimiter() != null ? conf.getRateLimiter() : localRateLimiter;
    }

    /**
     * Where producers and consumers record their meters: the Micrometer {@code MeterRegistry} of the Camel registry,
     * looked up once while the component runs; nothing without Micrometer or a registry.
     */
    synchronized BandwidthMetrics metrics() {
        if (metrics == null) {
            metrics = BandwidthMetrics.of(getCamelContext());
        }
        return metrics;
    }

    /**
     * Where exchanges continue after Bandwidth answered: Camel's default thread pool profile, so that a blocking step
     * later in the route (a JMS send, a file write) never holds one of the HTTP client's few I/O threads and with them
     * every other request in flight.
     */
    synchronized ExecutorService completionExecutor() {
        if (completionExecutor == null) {
            completionExecutor = getCamelContext().getExecutorServiceManager().newDefaultThreadPool(this,
                    "BandwidthSmsCompletion");
        }
        return completionExecutor;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        HttpClientLogWarning.warnIfRevealing();
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            if (completionExecutor != null) {
                getCamelContext().getExecutorServiceManager().shutdown(completionExecutor);
                completionExecutor = null;
            }
            if (clients != null) {
                clients.close();
                clients = null;
            }
            metrics = null;
        }
        super.doStop();
    }

    /** The counters of this component's producers (shown by the {@code bandwidth-sms} dev console and JMX). */
    public BandwidthSmsStatistics getStatistics() {
        return statistics;
    }

    @ManagedAttribute(description = "Successful operations by name (sendMessage: messages Bandwidth accepted)")
    public Map<String, Long> getSucceededByOperation() {
        return statistics.succeeded();
    }

    @ManagedAttribute(description = "Failures by kind: an HTTP status, or validation, connection, maybe-sent, other")
    public Map<String, Long> getFailedByKind() {
        return statistics.failed();
    }

    @ManagedAttribute(description = "Successful operations, all together")
    public long getSucceededTotal() {
        return total(statistics.succeeded());
    }

    @ManagedAttribute(description = "Failures, all together")
    public long getFailedTotal() {
        return total(statistics.failed());
    }

    @ManagedAttribute(description = "Failures that were safe to retry (429, 5xx, no connection)")
    public long getFailedRetrySafe() {
        return statistics.retrySafe();
    }

    private static long total(Map<String, Long> counters) {
        return counters.values().stream().mapToLong(Long::longValue).sum();
    }

    public BandwidthSmsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BandwidthSmsConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
