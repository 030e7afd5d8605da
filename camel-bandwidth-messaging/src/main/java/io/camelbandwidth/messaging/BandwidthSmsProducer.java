package io.camelbandwidth.messaging;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import io.camelbandwidth.messaging.client.BandwidthMessagingClient;
import io.camelbandwidth.messaging.client.ErrorMapper;
import io.camelbandwidth.messaging.model.BandwidthMessage;
import io.camelbandwidth.messaging.send.ListMessagesOperation;
import io.camelbandwidth.messaging.send.MediaOperations;
import io.camelbandwidth.messaging.send.OperationHandler;
import io.camelbandwidth.messaging.send.SendMessageOperation;
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

    private final BandwidthSmsConfiguration configuration;
    private final Map<BandwidthOperation, OperationHandler> handlers = new EnumMap<>(BandwidthOperation.class);
    private Executor completionExecutor;
    private WritableHealthCheckRepository healthCheckRepository;
    private BandwidthSmsProducerHealthCheck healthCheck;

    public BandwidthSmsProducer(BandwidthSmsEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        BandwidthMessagingClient client = getEndpoint().getComponent().createClient(configuration);
        ExecutorService pool = configuration.isCompletionOnIoThread()
                ? null : getEndpoint().getComponent().completionExecutor();
        completionExecutor = pool == null ? Runnable::run : task -> {
            try {
                pool.execute(task);
            } catch (RejectedExecutionException stopping) {
                task.run(); // the pool is shut down: still complete the exchange
            }
        };
        MediaOperations media = new MediaOperations(configuration, client);
        handlers.put(BandwidthOperation.sendMessage, new SendMessageOperation(configuration, client, Clock.systemUTC(),
                getEndpoint().getComponent().rateLimiter(configuration)));
        handlers.put(BandwidthOperation.listMessages, new ListMessagesOperation(configuration, client));
        handlers.put(BandwidthOperation.uploadMedia, media::upload);
        handlers.put(BandwidthOperation.getMedia, media::get);
        handlers.put(BandwidthOperation.listMedia, media::list);
        handlers.put(BandwidthOperation.deleteMedia, media::delete);

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
        super.doStop();
    }

    @Override
    public BandwidthSmsEndpoint getEndpoint() {
        return (BandwidthSmsEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        BandwidthOperation operation;
        CompletableFuture<Void> work;
        try {
            operation = operation(exchange);
            work = handlers.get(operation).start(exchange);
        } catch (Exception e) {
            getEndpoint().getComponent().getStatistics().failed(e);
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (exchange.isTransacted()) {
            // a transaction (Spring, JTA) is bound to this thread: what follows the send must run here to be part of it
            complete(exchange, operation, awaitFailure(work));
            callback.done(true);
            return true;
        }
        BandwidthOperation what = operation;
        work.whenCompleteAsync((ignored, failure) -> {
            try {
                complete(exchange, what, failure);
            } finally {
                callback.done(false);
            }
        }, completionExecutor);
        return false;
    }

    private void complete(Exchange exchange, BandwidthOperation operation, Throwable failure) {
        try {
            if (failure != null) {
                fail(exchange, ErrorMapper.fromTransport(failure, operation + " request"));
            } else {
                getEndpoint().getComponent().getStatistics().succeeded(operation);
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

    private void fail(Exchange exchange, BandwidthException failure) {
        getEndpoint().getComponent().getStatistics().failed(failure);
        // a Retry-After steers Camel's next redelivery; without one, the redelivery policy's own delay applies
        Optional<Long> retryAfterMillis = failure instanceof BandwidthHttpException
                ? ((BandwidthHttpException) failure).getRetryAfter().map(d -> d.toMillis())
                : Optional.empty();
        if (retryAfterMillis.isPresent()) {
            exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, retryAfterMillis.get());
        } else {
            exchange.getMessage().removeHeader(Exchange.REDELIVERY_DELAY);
        }
        LOG.debug("The operation failed: {}", failure.getMessage());
        exchange.setException(failure);
    }
}
