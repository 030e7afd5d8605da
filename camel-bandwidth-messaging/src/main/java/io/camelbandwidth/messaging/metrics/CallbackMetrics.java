package io.camelbandwidth.messaging.metrics;

import io.camelbandwidth.messaging.callback.EventBatchHandler;

/**
 * What one consumer records: the events it receives by type, and those dropped as duplicates or failed. {@link #NONE}
 * records nothing and hands the handler back unchanged.
 */
public interface CallbackMetrics {

    /** Records nothing. */
    CallbackMetrics NONE = handler -> handler;

    /** The handler, counting the events of each request it gets and what became of them. */
    EventBatchHandler counting(EventBatchHandler handler);
}
