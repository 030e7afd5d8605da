package io.camelbandwidth.messaging.callback;

import java.util.function.Consumer;

/**
 * Processes the events of one webhook request, and says when all of them are done.
 */
@FunctionalInterface
public interface EventBatchHandler {

    /**
     * Starts processing; may return before the events are done.
     *
     * @param batch the elements of one request: its events in order, and those that are not events
     * @param done  called exactly once, on any thread, when every event is done
     */
    void handle(CallbackBatch batch, Consumer<Outcome> done);

    /**
     * What became of the events of one request (elements that are not events went to the exception handler).
     *
     * @param processed  events the route processed successfully
     * @param duplicates events skipped because the idempotent repository had seen them
     * @param failed     events that failed (in the route or in the idempotent repository)
     */
    record Outcome(int processed, int duplicates, int failed) {

        /** Whether the request may be acknowledged: no event failed (a malformed one would not mend on a retry). */
        public boolean succeeded() {
            return failed == 0;
        }
    }
}
