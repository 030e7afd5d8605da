package io.camelbandwidth.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The webhooks the simulator sends to the application, as Bandwidth does: which events, to which URL, in which order,
 * off the request threads ({@link CallbackSender} makes each POST). For an outbound message it posts, recipient after
 * recipient, a {@code message-sending} event (MMS only) and then the terminal {@code message-delivered} or
 * {@code message-failed} event the {@link DeliveryPolicy} chose; each event is its own POST whose body is a
 * one-element JSON array. For an inbound message it posts one {@code message-received} event. With several callback
 * URLs, each POST goes to the next one in turn ({@link CallbackTargets}).
 */
final class OutgoingCallbacks {

    private static final System.Logger LOG = System.getLogger(OutgoingCallbacks.class.getName());

    private final CallbackSender sender;
    private volatile CallbackTargets statusTargets;
    private volatile CallbackTargets inboundTargets;
    private final ApiUris uris;
    private final Executor executor;
    private final DeliveryPolicy policy;
    private final Clock clock;

    /**
     * @param statusTargets  where status events go, or null to send none (only inbound events)
     * @param inboundTargets where inbound events go
     * @param uris       the simulator's API URIs, to build inbound media URLs from bare file names
     * @param policy     decides each recipient's outcome
     */
    OutgoingCallbacks(CallbackSender sender, CallbackTargets statusTargets, CallbackTargets inboundTargets,
                      ApiUris uris, Executor executor, DeliveryPolicy policy, Clock clock) {
        this.sender = sender;
        this.statusTargets = statusTargets;
        this.inboundTargets = inboundTargets;
        this.uris = uris;
        this.executor = executor;
        this.policy = policy;
        this.clock = clock;
    }

    /** Points the webhooks elsewhere from now on; null sends none of that kind. */
    void redirect(CallbackTargets statusTargets, CallbackTargets inboundTargets) {
        this.statusTargets = statusTargets;
        this.inboundTargets = inboundTargets;
    }

    /** Where status webhooks go now, or null. */
    CallbackTargets statusTargets() {
        return statusTargets;
    }

    /** Where inbound webhooks go now, or null. */
    CallbackTargets inboundTargets() {
        return inboundTargets;
    }

    /** Schedules the status events of {@code message}, if a status URL is set; returns at once. */
    void messageAccepted(AcceptedMessage message) {
        CallbackTargets targets = this.statusTargets;
        if (targets == null) {
            return;
        }
        CompletableFuture<Boolean> chain;
        try {
            chain = CompletableFuture.supplyAsync(() -> true, executor);
        } catch (RejectedExecutionException stopped) {
            return;
        }
        for (String recipient : message.to()) {
            if (message.isMms()) {
                chain = chain.thenCompose(previous -> sender.post(targets, CallbackEvents.status(
                        CallbackEvents.SENDING, "Message is sending to carrier.", recipient, null, message,
                        clock.instant())));
            }
            chain = chain.thenCompose(previous -> sender.post(targets, terminal(message, recipient)));
        }
    }

    /**
     * Schedules a {@code message-received} event; returns at once.
     *
     * @return the id of the inbound message
     */
    String inbound(String accountId, String applicationId, String from, String to, String text, List<String> media) {
        Instant now = clock.instant();
        String id = MessageIds.next(now.toEpochMilli());
        List<String> urls = mediaUrls(accountId, id, media);
        int segments = urls.isEmpty() ? SegmentCounter.count(text) : 1;
        byte[] body = CallbackEvents.inbound(id, now, applicationId, from, to, text, urls, segments);
        CallbackTargets targets = this.inboundTargets;
        executor.execute(() -> sender.post(targets, body));
        return id;
    }

    /** Posts a body as it is; returns at once. */
    CompletableFuture<Boolean> raw(CallbackTargets targets, byte[] body) {
        try {
            return CompletableFuture.supplyAsync(() -> true, executor)
                    .thenCompose(ignored -> sender.post(targets, body));
        } catch (RejectedExecutionException stopped) {
            return CompletableFuture.completedFuture(false);
        }
    }

    private byte[] terminal(AcceptedMessage message, String recipient) {
        DeliveryOutcome outcome;
        try {
            outcome = policy.outcome(message, recipient);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Delivery policy failed; reporting delivered", e);
            outcome = null;
        }
        if (outcome == null) {
            outcome = DeliveryOutcome.delivered();
        }
        return CallbackEvents.status(outcome.isDelivered() ? CallbackEvents.DELIVERED : CallbackEvents.FAILED,
                outcome.description(), recipient, outcome, message, clock.instant());
    }

    /** Absolute URLs are kept; a bare name becomes Bandwidth's {@code …/users/{accountId}/media/{id}/{n}/{name}}. */
    private List<String> mediaUrls(String accountId, String messageId, List<String> media) {
        String[] urls = new String[media.size()];
        for (int i = 0; i < urls.length; i++) {
            String item = media.get(i);
            urls[i] = item.contains("://") ? item : uris.media(accountId, messageId + "/" + i + "/" + item);
        }
        return List.of(urls);
    }
}
