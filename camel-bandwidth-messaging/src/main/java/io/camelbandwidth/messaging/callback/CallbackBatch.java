package io.camelbandwidth.messaging.callback;

import java.util.List;

import io.camelbandwidth.messaging.model.BandwidthCallback;

/**
 * The elements of one webhook request, as read: the events a route can take, in the order of the request, and the
 * elements that are not Bandwidth events.
 */
public record CallbackBatch(List<BandwidthCallback> events, List<MalformedEvent> malformed) {

    public CallbackBatch {
        events = List.copyOf(events);
        malformed = List.copyOf(malformed);
    }

    /** How many elements the request had. */
    public int size() {
        return events.size() + malformed.size();
    }

    /**
     * An element of the request that is not a Bandwidth event.
     *
     * @param index   its position in the request, from 0
     * @param json    the element as JSON (may hold numbers and text: never log it)
     * @param problem what is wrong, without quoting the element
     */
    public record MalformedEvent(int index, String json, String problem) {
    }
}
