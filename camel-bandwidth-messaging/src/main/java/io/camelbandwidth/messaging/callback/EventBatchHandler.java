package io.camelbandwidth.messaging.callback;

import java.util.List;
import java.util.function.Consumer;

import io.camelbandwidth.messaging.model.BandwidthCallback;

/**
 * Processes the events of one webhook request, and says when all of them are done.
 */
@FunctionalInterface
public interface EventBatchHandler {

    /**
     * Starts processing; may return before the events are done.
     *
     * @param events the events of one request, in order
     * @param done   called exactly once, on any thread, when every event is done
     */
    void handle(List<BandwidthCallback> events, Consumer<Outcome> done);

    /**
     * What became of the events of one request.
     *
     * @param processed  events the route processed successfully
     * @param duplicates events skipped because the idempotent repository had seen them
     * @param failed     events that failed (in the route or in the idempotent repository)
     */
    record Outcome(int processed, int duplicates, int failed) {

        /** Whether the request may be acknowledged: nothing failed. */
        public boolean succeeded() {
            return failed == 0;
        }
    }
}
