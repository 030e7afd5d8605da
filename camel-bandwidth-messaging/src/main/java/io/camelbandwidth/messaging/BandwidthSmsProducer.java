package io.camelbandwidth.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.camelbandwidth.messaging.client.BandwidthMessagingClient;
import io.camelbandwidth.messaging.client.ErrorMapper;
import io.camelbandwidth.messaging.metrics.ProducerMetrics;
import io.camelbandwidth.messaging.model.BandwidthMessage;
import io.camelbandwidth.messaging.send.ListMessagesOperation;
import io.camelbandwidth.messaging.send.MediaOperations;
import io.camelbandwidth.messaging.send.OperationHandler;
import io.camelbandwidth.messaging.send.SendMessageOperation;
import io.camelbandwidth.messaging.send.SendMultiChannelOperation;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the exchange's operation (option {@code operation}, header {@code CamelBandwidthOperation}; default
 * {@code sendMessage}) without blocking: no thread waits for Bandwidth's answer, and the exchange continues on the
 * component's completion thread pool when it comes (on the HTTP client's I/O thread only with
 * {@code completionOnIoThread}). A transacted exchange is the exception: it waits for the answer and continues on
 * its own thread, where its transaction is. Validation failures end the exchange before any request is made.
 * <p>
 * sendMessage: on success the body is the {@link BandwidthMessage} Bandwidth answered, with the headers
 * {@link BandwidthSmsConstants#MESSAGE_ID}, {@link BandwidthSmsConstants#SEGMENT_COUNT} and
 * {@link BandwidthSmsConstants#MESSAGE_TIME}. The other operations are described in {@code docs/operations.md}. On
 * failure the exchange carries a {@link BandwidthException}.
 */
public class BandwidthSmsProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(BandwidthSmsProducer.class);
    /** How long stopping waits for the sends in flight (bounded by responseTimeout otherwise). */
    private static final long STOP_WAIT_SECONDS = 10;

    private final BandwidthSmsConfiguration configuration;
    private final Map<BandwidthOperation, OperationHandler> handlers = new EnumMap<>(BandwidthOperation.class);
    private BandwidthMessagingClient client;
    private SendMessageOperation sendMessage;
    private Executor completionExecutor;
    private WritableHealthCheckRepository healthCheckRepository;
    private BandwidthSmsProducerHealthCheck healthCheck;
    private ProducerMetrics metrics = ProducerMetrics.NONE;

    public BandwidthSmsProducer(BandwidthSmsEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = getEndpoint().getComponent().createClient(configuration);
        ExecutorService pool = configuration.isCompletionOnIoThread()
                ? null : getEndpoint().getComponent().completionExecutor();
        completionExecutor = pool == null ? Runnable::run : task -> {
            try {
                pool.execute(task);
            } catch (RejectedExecutionException stopping) {
                task.run(); // the pool is shut down: still complete the exchange
            }
        };
        metrics = getEndpoint().getComponent().metrics().producer(configuration.getAccountId());
        MediaOperations media = new MediaOperations(configuration, client);
        sendMessage = new SendMessageOperation(configuration, client, Clock.systemUTC(),
                metrics.timed(getEndpoint().getComponent().rateLimiter(configuration)));
        handlers.put(BandwidthOperation.sendMessage, sendMessage);
        handlers.put(BandwidthOperation.listMessages, new ListMessagesOperation(configuration, client));
        handlers.put(BandwidthOperation.uploadMedia, media::upload);
        handlers.put(BandwidthOperation.getMedia, media::get);
        handlers.put(BandwidthOperation.listMedia, media::list);
        handlers.put(BandwidthOperation.deleteMedia, media::delete);
        handlers.put(BandwidthOperation.sendMultiChannelMessage,
                new SendMultiChannelOperation(configuration, client, Clock.systemUTC()));

        // the producers repository is disabled unless the application enables it, as for Camel's own components
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new BandwidthSmsProducerHealthCheck(getEndpoint(), client);
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        if (sendMessage != null) {
            // the sends still waiting for their turn fail as not sent; their uploads are deleted with this client
            awaitEnd(sendMessage.close());
            sendMessage = null;
        }
        if (client != null) {
            getEndpoint().getComponent().releaseClient(client);
            client = null;
        }
        super.doStop();
    }

    /** Waits a while for the sends in flight to end, so that closing the client cuts none of them short. */
    private static void awaitEnd(CompletableFuture<Void> sends) {
        try {
            sends.get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Sends still in flight after {} s; stopping all the same", STOP_WAIT_SECONDS);
        } catch (ExecutionException e) {
            // a send failed: its exchange carries the failure
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public BandwidthSmsEndpoint getEndpoint() {
        return (BandwidthSmsEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        long start = metrics.start();
        BandwidthOperation operation = null;
        CompletableFuture<Void> work;
        try {
            if (!isRunAllowed()) {
                // a redelivery or a late exchange of a stopped route: its client may be gone, nothing may leave
                throw new BandwidthConnectionException("The bandwidth-sms producer is stopped: nothing was sent",
                        null);
            }
            operation = operation(exchange);
            work = handlers.get(operation).start(exchange);
        } catch (Exception e) {
            recordFailure(operation, e, start);
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (exchange.isTransacted()) {
            // a transaction (Spring, JTA) is bound to this thread: what follows the send must run here to be part of it
            complete(exchange, operation, awaitFailure(work), start);
            callback.done(true);
            return true;
        }
        BandwidthOperation what = operation;
        work.whenCompleteAsync((ignored, failure) -> {
            try {
                complete(exchange, what, failure, start);
            } finally {
                callback.done(false);
            }
        }, completionExecutor);
        return false;
    }

    private void complete(Exchange exchange, BandwidthOperation operation, Throwable failure, long start) {
        try {
            if (failure != null) {
                BandwidthException mapped = ErrorMapper.fromTransport(failure, operation + " request");
                recordFailure(operation, mapped, start);
                fail(exchange, mapped);
            } else {
                getEndpoint().getComponent().getStatistics().succeeded(operation);
                metrics.succeeded(operation, exchange.getMessage().getBody(), start);
            }
        } catch (Throwable t) {
            exchange.setException(t);
        }
    }

    private static Throwable awaitFailure(CompletableFuture<Void> work) {
        try {
            work.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private BandwidthOperation operation(Exchange exchange) {
        Object value = exchange.getMessage().getHeader(BandwidthSmsConstants.OPERATION);
        if (value == null) {
            return configuration.getOperation();
        }
        if (value instanceof BandwidthOperation) {
            return (BandwidthOperation) value;
        }
        if (value instanceof CharSequence) {
            return BandwidthOperation.of(value.toString(), BandwidthSmsConstants.OPERATION);
        }
        throw new BandwidthValidationException(BandwidthSmsConstants.OPERATION, "must be a String, not "
                                                                               + value.getClass().getName());
    }

    /** Counts a failed exchange for the dev console, JMX and the meters; {@code operation} may be unknown. */
    private void recordFailure(BandwidthOperation operation, Throwable failure, long start) {
        getEndpoint().getComponent().getStatistics().failed(failure);
        metrics.failed(operation, failure, start);
    }

    private void fail(Exchange exchange, BandwidthException failure) {
        // a Retry-After steers Camel's next redelivery, up to maxRetryAfter; without one, the policy's delay applies
        Duration longest = Duration.ofMillis(configuration.getMaxRetryAfter());
        Optional<Long> retryAfterMillis = failure.getRetryAfter()
                .map(wait -> (wait.compareTo(longest) > 0 ? longest : wait).toMillis());
        if (retryAfterMillis.isPresent()) {
            exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, retryAfterMillis.get());
        } else {
            exchange.getMessage().removeHeader(Exchange.REDELIVERY_DELAY);
        }
        LOG.debug("The operation failed: {}", failure.getMessage());
        exchange.setException(failure);
    }
}
