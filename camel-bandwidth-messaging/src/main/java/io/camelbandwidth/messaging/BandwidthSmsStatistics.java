package io.camelbandwidth.messaging;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of a component's producers, for the {@code bandwidth-sms} dev console: operations that succeeded, and
 * failures by kind (HTTP status, {@code validation}, {@code connection}, {@code maybe-sent}) with how many of them
 * were safe to retry.
 */
public final class BandwidthSmsStatistics {

    private final Map<String, LongAdder> succeeded = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failed = new ConcurrentHashMap<>();
    private final LongAdder retrySafe = new LongAdder();

    void succeeded(BandwidthOperation operation) {
        succeeded.computeIfAbsent(operation.name(), k -> new LongAdder()).increment();
    }

    void failed(Throwable failure) {
        String kind;
        if (failure instanceof BandwidthHttpException) {
            kind = Integer.toString(((BandwidthHttpException) failure).getHttpResponseCode());
        } else if (failure instanceof BandwidthValidationException) {
            kind = "validation";
        } else if (failure instanceof BandwidthException && ((BandwidthException) failure).isMaybeSent()) {
            kind = "maybe-sent";
        } else if (failure instanceof BandwidthConnectionException) {
            kind = "connection";
        } else {
            kind = "other";
        }
        failed.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (failure instanceof BandwidthException && ((BandwidthException) failure).isRetrySafe()) {
            retrySafe.increment();
        }
    }

    /** Successful operations by name (sendMessage counts messages Bandwidth accepted). */
    public Map<String, Long> succeeded() {
        return snapshot(succeeded);
    }

    /** Failures by kind: an HTTP status, or validation, connection, maybe-sent, other. */
    public Map<String, Long> failed() {
        return snapshot(failed);
    }

    /** How many failures were safe to retry (429, 5xx, no connection). */
    public long retrySafe() {
        return retrySafe.sum();
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((key, value) -> copy.put(key, value.sum()));
        return copy;
    }
}
