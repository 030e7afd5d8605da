package io.camelbandwidth.messaging;

import java.util.EnumMap;
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

    /** One counter per operation, made up front: counting a success is an array read and an add. */
    private final Map<BandwidthOperation, LongAdder> succeeded = new EnumMap<>(BandwidthOperation.class);
    private final Map<String, LongAdder> failed = new ConcurrentHashMap<>();
    private final LongAdder retrySafe = new LongAdder();

    BandwidthSmsStatistics() {
        for (BandwidthOperation operation : BandwidthOperation.values()) {
            succeeded.put(operation, new LongAdder());
        }
    }

    void succeeded(BandwidthOperation operation) {
        succeeded.get(operation).increment();
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
        Map<String, Long> copy = new TreeMap<>();
        succeeded.forEach((operation, count) -> {
            long sum = count.sum();
            if (sum > 0) {
                copy.put(operation.name(), sum);
            }
        });
        return copy;
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
