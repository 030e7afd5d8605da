package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The webhooks of multi-channel messages, posted through {@link OutgoingCallbacks} (same URLs, challenge and retries).
 * An accepted message goes out on the first entry of its channel list the recipient can receive: RBM unless the
 * recipient is marked RBM-unavailable, SMS and MMS always. It then reports, one POST after the other,
 * {@code message-sending} (MMS only), {@code message-delivered} and, for RBM, {@code message-read}. A recipient set to
 * fail ({@link BandwidthSimulator#failRecipient}) gets {@code message-failed} with its code on the last entry, and so
 * does one no entry can reach, with 4700 (invalid-service-type). On demand it posts the inbound RBM events.
 */
final class MultiChannelCallbacks {

    /** Bandwidth's "invalid-service-type": the handset has none of the channels tried. */
    static final int NO_CHANNEL_ERROR = 4700;

    private final OutgoingCallbacks outgoing;
    private final Function<String, DeliveryOutcome> forcedOutcome;
    private final Set<String> rbmUnavailable;
    private final Clock clock;

    /**
     * @param forcedOutcome the outcome forced for a recipient, or null
     * @param rbmUnavailable the recipients that cannot receive RBM (read at delivery time)
     */
    MultiChannelCallbacks(OutgoingCallbacks outgoing, Function<String, DeliveryOutcome> forcedOutcome,
                          Set<String> rbmUnavailable, Clock clock) {
        this.outgoing = outgoing;
        this.forcedOutcome = forcedOutcome;
        this.rbmUnavailable = rbmUnavailable;
        this.clock = clock;
    }

    /** Schedules the status events of {@code message}, if a status URL is set; returns at once. */
    void messageAccepted(AcceptedMultiChannelMessage message) {
        CallbackTargets url = outgoing.statusTargets();
        if (url == null) {
            return;
        }
        List<JsonNode> channels = new ArrayList<>();
        message.request().path("channelList").forEach(channels::add);
        DeliveryOutcome forced = forcedOutcome.apply(message.to());
        JsonNode chosen = forced != null ? null : channels.stream()
                .filter(channel -> !"RBM".equals(channel.path("channel").asText())
                                   || !rbmUnavailable.contains(message.to()))
                .findFirst().orElse(null);
        List<Function<Instant, byte[]>> events = new ArrayList<>();
        if (chosen == null) {
            DeliveryOutcome failure = forced != null ? forced : DeliveryOutcome.failed(NO_CHANNEL_ERROR);
            events.add(now -> MultiChannelEvents.status(CallbackEvents.FAILED, failure.description(), failure, message,
                    channels.get(channels.size() - 1), now));
        } else {
            String kind = chosen.path("channel").asText();
            if ("MMS".equals(kind)) {
                events.add(now -> MultiChannelEvents.status(CallbackEvents.SENDING, "Message is sending to carrier.",
                        null, message, chosen, now));
            }
            events.add(now -> MultiChannelEvents.status(CallbackEvents.DELIVERED, "ok", DeliveryOutcome.delivered(),
                    message, chosen, now));
            if ("RBM".equals(kind)) {
                events.add(now -> MultiChannelEvents.status(MultiChannelEvents.READ, "Message read by the recipient.",
                        null, message, chosen, now));
            }
        }
        CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
        for (Function<Instant, byte[]> event : events) {
            chain = chain.thenCompose(previous -> outgoing.raw(url, event.apply(clock.instant())));
        }
    }

    /**
     * Schedules an inbound RBM event to the inbound URL; returns at once.
     *
     * @return the id of the inbound message
     */
    String inbound(String type, String description, String applicationId, String from, String to,
                   Consumer<ObjectNode> rbm) {
        CallbackTargets url = outgoing.inboundTargets();
        if (url == null) {
            throw new IllegalStateException("Inbound events need a callback URL");
        }
        Instant now = clock.instant();
        String id = MessageIds.next(now.toEpochMilli());
        outgoing.raw(url, MultiChannelEvents.inbound(type, description, id, now, applicationId, from, to, rbm));
        return id;
    }
}
