package io.camelbandwidth.messaging.send;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import io.camelbandwidth.messaging.BandwidthConnectionException;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthMaybeSentException;
import io.camelbandwidth.messaging.BandwidthRateLimiter;
import io.camelbandwidth.messaging.BandwidthSegmentLimitException;
import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.client.BandwidthMessagingClient;
import io.camelbandwidth.messaging.client.ErrorMapper;
import io.camelbandwidth.messaging.model.BandwidthMessage;
import io.camelbandwidth.messaging.model.MessageRequest;
import io.camelbandwidth.messaging.send.MessageRequestResolver.PendingUpload;
import io.camelbandwidth.messaging.send.MessageRequestResolver.Resolved;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code sendMessage}: resolves and validates the message, estimates its segments (header
 * {@code CamelBandwidthSegmentEstimate}, option {@code maxSegments}), uploads its local media one after the other,
 * then sends it.
 * <p>
 * Nothing is left half-done silently: if an upload fails, no message is sent and the media already uploaded for it
 * are deleted; if the send fails and Bandwidth certainly did not accept the message, its uploads are deleted too (a
 * redelivery uploads again). If the send may have been accepted ({@link BandwidthMaybeSentException}) the uploads are
 * kept, because the message may reference them, and listed in {@code CamelBandwidthUploadedMedia}. After a
 * successful send they are deleted only with {@code deleteMediaAfterSend=true}; a failed clean-up is logged, never
 * turned into a failure of a message that was sent.
 * <p>
 * Once uploaded, a picture's bytes are let go: a send waiting for its turn under {@code maxSegmentsPerSecond} holds
 * media ids and URLs, not megabytes. {@link #close()} fails the sends still waiting as not sent (their uploads
 * deleted), and any send started afterwards.
 */
public final class SendMessageOperation implements OperationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SendMessageOperation.class);

    private final BandwidthSmsConfiguration configuration;
    private final BandwidthMessagingClient client;
    private final MessageRequestResolver resolver;
    private final MessageRequestValidator validator;
    private final BandwidthRateLimiter rateLimiter;
    /** The sends started and not ended yet. */
    private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();
    /** The turns of the sends the rate limiter holds back. */
    private final Set<CompletableFuture<?>> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param rateLimiter spreads sends to {@code maxSegmentsPerSecond}; {@code null} for no limit
     */
    public SendMessageOperation(BandwidthSmsConfiguration configuration, BandwidthMessagingClient client, Clock clock,
                                BandwidthRateLimiter rateLimiter) {
        this.configuration = configuration;
        this.client = client;
        this.rateLimiter = rateLimiter;
        this.resolver = new MessageRequestResolver(configuration, clock,
                mediaId -> client.mediaUri(configuration.getAccountId(), mediaId));
        this.validator = new MessageRequestValidator(clock);
    }

    @Override
    public CompletableFuture<Void> start(Exchange exchange) {
        if (closed) {
            throw stopped();
        }
        Resolved resolved = resolver.resolve(exchange);
        MessageRequest request = resolved.request();
        validator.validate(request);
        boolean mms = request.getMedia() != null && !request.getMedia().isEmpty();
        SegmentEstimator.Estimate estimate = SegmentEstimator.estimate(request.getText(), mms);
        exchange.getMessage().setHeader(BandwidthSmsConstants.SEGMENT_ESTIMATE, estimate.segments());
        if (configuration.getMaxSegments() > 0 && estimate.segments() > configuration.getMaxSegments()) {
            throw new BandwidthSegmentLimitException(estimate.segments(), configuration.getMaxSegments(),
                    estimate.encoding() + ", " + estimate.units() + " " + estimate.encoding().unit());
        }
        String accountId = configuration.getAccountId();
        List<PendingUpload> uploads = resolved.uploads();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Sending a message to {} recipient(s) for account {} ({} segment(s) estimated, {} upload(s))",
                    request.getTo().size(), accountId, estimate.segments(), uploads.size());
        }
        Send result = new Send();
        inFlight.add(result);
        int segments = estimate.segments() * request.getTo().size();
        if (uploads.isEmpty()) {
            send(exchange, request, segments, List.of(), result);
            return result;
        }
        // what is kept of the uploads once their bytes left: nothing below refers to the bytes
        List<Uploaded> uploaded = new ArrayList<>(uploads.size());
        uploads.forEach(upload -> uploaded.add(new Uploaded(upload.mediaId(), upload.url())));
        AtomicInteger done = new AtomicInteger(); // uploads run one after the other: a count says which succeeded
        sequentially(uploads, upload -> client.uploadMedia(accountId, upload.mediaId(), upload.content().getData(),
                upload.content().getContentType()).thenRun(done::incrementAndGet))
                .whenComplete((ignored, uploadFailure) -> guarded(result, () -> {
                    if (uploadFailure == null) {
                        send(exchange, request, segments, uploaded, result);
                        return;
                    }
                    BandwidthException failure = ErrorMapper.fromTransport(uploadFailure, "Media upload");
                    LOG.debug("A media upload failed; no message sent: {}", failure.getMessage());
                    deleteQuietly(accountId, uploaded.subList(0, done.get()))
                            .whenComplete((i, e) -> result.completeExceptionally(failure));
                }));
        return result;
    }

    /** Sends the message once its media are uploaded, and ends the send with Bandwidth's answer. */
    private void send(Exchange exchange, MessageRequest request, int segments, List<Uploaded> uploaded, Send result) {
        String accountId = configuration.getAccountId();
        CompletableFuture<BandwidthMessage> sending = rateLimiter == null ? client.sendMessage(accountId, request)
                : throttled(request, segments, () -> client.sendMessage(accountId, request));
        sending.whenComplete((message, sendFailure) -> guarded(result, () -> {
            if (sendFailure == null) {
                succeed(exchange, message, uploaded);
                if (configuration.isDeleteMediaAfterSend() && !uploaded.isEmpty()) {
                    deleteQuietly(accountId, uploaded).whenComplete((i, e) -> result.complete(null));
                } else {
                    result.complete(null);
                }
                return;
            }
            BandwidthException failure = ErrorMapper.fromTransport(sendFailure, "Message request");
            if (uploaded.isEmpty()) {
                result.completeExceptionally(failure);
            } else if (failure.isMaybeSent()) {
                LOG.warn("The message may have been accepted; keeping its {} uploaded media file(s) it may"
                         + " reference", uploaded.size());
                exchange.getMessage().setHeader(BandwidthSmsConstants.UPLOADED_MEDIA, urls(uploaded));
                result.completeExceptionally(failure);
            } else {
                deleteQuietly(accountId, uploaded).whenComplete((i, e) -> result.completeExceptionally(failure));
            }
        }));
    }

    /**
     * Stops sending: the sends waiting for their turn fail as not sent (their uploads are deleted), and so does any
     * send started from now on.
     *
     * @return completes when every send started before has ended
     */
    public CompletableFuture<Void> close() {
        closed = true;
        for (CompletableFuture<?> turn : waiting) {
            if (waiting.remove(turn)) {
                turn.completeExceptionally(stopped());
            }
        }
        return CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new));
    }

    private static BandwidthConnectionException stopped() {
        return new BandwidthConnectionException("The producer stopped before the message was sent: it was not sent",
                null);
    }

    /** Runs a completion step; whatever it throws fails the result, which must always complete. */
    private static void guarded(CompletableFuture<?> result, Runnable step) {
        try {
            step.run();
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }

    /**
     * With a rate limiter: sends now, or later when the account's segment rate says so (no thread waits meanwhile).
     */
    private <T> CompletableFuture<T> throttled(MessageRequest request, int segments,
                                               Supplier<CompletableFuture<T>> send) {
        String key = configuration.isRateLimitPerNumber()
                ? configuration.getAccountId() + '/' + request.getFrom() : configuration.getAccountId();
        CompletableFuture<Long> reserved;
        try {
            reserved = rateLimiter.reserve(key, segments, configuration.getMaxSegmentsPerSecond());
        } catch (RuntimeException e) {
            reserved = CompletableFuture.failedFuture(e);
        }
        return reserved.handle((waitNanos, failure) -> {
            if (failure != null) {
                throw new BandwidthConnectionException("The rate limiter could not reserve the send ("
                                                       + ErrorMapper.unwrap(failure).getClass().getSimpleName()
                                                       + "); nothing was sent", ErrorMapper.unwrap(failure));
            }
            if (waitNanos == null || waitNanos <= 0) {
                return send.get();
            }
            LOG.debug("Holding a send for {} ms to stay within maxSegmentsPerSecond", waitNanos / 1_000_000);
            return later(waitNanos, send);
        }).thenCompose(sending -> sending);
    }

    /** Sends when its turn comes, unless {@link #close()} came first. */
    private <T> CompletableFuture<T> later(long waitNanos, Supplier<CompletableFuture<T>> send) {
        CompletableFuture<T> turn = new CompletableFuture<>();
        waiting.add(turn);
        if (closed && waiting.remove(turn)) {
            turn.completeExceptionally(stopped());
            return turn;
        }
        // started on the JDK's delay scheduler thread itself: starting a send never blocks, and the default executor
        // would start a thread per send where the common pool has fewer than two threads (one or two CPUs)
        CompletableFuture.delayedExecutor(waitNanos, TimeUnit.NANOSECONDS, Runnable::run).execute(() -> {
            if (waiting.remove(turn)) {
                send.get().whenComplete((value, failure) -> {
                    if (failure != null) {
                        turn.completeExceptionally(failure);
                    } else {
                        turn.complete(value);
                    }
                });
            }
        });
        return turn;
    }

    private static List<String> urls(List<Uploaded> uploads) {
        List<String> urls = new ArrayList<>(uploads.size());
        uploads.forEach(upload -> urls.add(upload.url()));
        return urls;
    }

    /** Deletes media one after the other; never fails: a failure is logged with the media id. */
    private CompletableFuture<Void> deleteQuietly(String accountId, List<Uploaded> uploads) {
        return sequentially(uploads, upload -> client.deleteMedia(accountId, upload.mediaId())
                .handle((ok, failure) -> {
                    if (failure != null) {
                        LOG.warn("Could not delete uploaded media {}: {}", upload.mediaId(),
                                ErrorMapper.unwrap(failure).getMessage());
                    }
                    return null;
                }));
    }

    /** Runs the step for each item, each once the previous one completed; stops at the first failure. */
    private static <T> CompletableFuture<Void> sequentially(List<T> items,
                                                           Function<T, CompletableFuture<Void>> step) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (T item : items) {
            chain = chain.thenCompose(previous -> step.apply(item));
        }
        return chain;
    }

    private static void succeed(Exchange exchange, BandwidthMessage message, List<Uploaded> uploads) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Bandwidth accepted message {} ({} segment(s))", message.getId(), message.getSegmentCount());
        }
        Message out = exchange.getMessage();
        out.setBody(message);
        out.setHeader(BandwidthSmsConstants.MESSAGE_ID, message.getId());
        out.setHeader(BandwidthSmsConstants.SEGMENT_COUNT, message.getSegmentCount());
        out.setHeader(BandwidthSmsConstants.MESSAGE_TIME, message.getTime());
        if (!uploads.isEmpty()) {
            out.setHeader(BandwidthSmsConstants.UPLOADED_MEDIA, urls(uploads));
        }
    }

    /** The outcome of one send: it leaves the sends in flight when it completes. */
    private final class Send extends CompletableFuture<Void> {
        @Override
        public boolean complete(Void value) {
            inFlight.remove(this);
            return super.complete(value);
        }

        @Override
        public boolean completeExceptionally(Throwable failure) {
            inFlight.remove(this);
            return super.completeExceptionally(failure);
        }
    }

    /** An uploaded media file: its id and URL, without its bytes. */
    private record Uploaded(String mediaId, String url) {
    }
}
