package io.camelbandwidth.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Programmable faults of one operation ({@link ApiOperation}): by default of the messages endpoint
 * ({@code POST /api/v2/users/{accountId}/messages}).
 *
 * <p>Faults are queued and applied in the order they were queued: each request that reaches the operation's
 * endpoint takes one count of the fault at the head of the queue, whatever the request contains; once its count
 * is used up the next fault applies; with an empty queue requests are answered normally. Thread-safe. Every method
 * returns this instance for chaining:
 *
 * <pre>{@code
 * sim.faults().respond(FaultResponse.status(429).header("Retry-After", "2"), 2)
 *             .dropAfterAccept(1);
 * }</pre>
 *
 * <p>About the two drop faults: the JDK server closes the TCP connection (FIN) after reading the request and before
 * any response byte. {@code java.net.http.HttpClient} then fails the call with an {@code IOException} ("header
 * parser received no bytes"); Apache HttpClient typically reports {@code NoHttpResponseException}. Beware that
 * {@code HttpURLConnection} silently re-sends a buffered POST once in that case ({@code sun.net.http.retryPost}
 * defaults to true), so the simulator sees a second request, which takes the next fault or is answered normally.
 */
public final class Faults {

    private final ApiOperation operation;
    private final ArrayDeque<Entry> queue = new ArrayDeque<>();
    /** Sum of the remaining counts; read without lock to keep the fault-free path cheap. */
    private volatile long pending;

    Faults(ApiOperation operation) {
        this.operation = operation;
    }

    /**
     * Answers the next {@code times} requests with {@code status} and the operation's error body for it (see
     * {@link FaultResponse}), without authenticating, validating or accepting them.
     *
     * @param status the HTTP status, e.g. 429, 500, 503
     * @param times  how many requests, at least 1
     * @return this
     */
    public Faults respond(int status, int times) {
        return respond(FaultResponse.status(status), times);
    }

    /**
     * Answers the next {@code times} requests with a canned answer, without authenticating, validating or
     * accepting them.
     *
     * @param response the answer, e.g. {@code FaultResponse.status(429).header("Retry-After", "2")}
     * @param times    how many requests, at least 1
     * @return this
     */
    public Faults respond(FaultResponse response, int times) {
        Objects.requireNonNull(response, "response");
        return add(new PlannedFault(PlannedFault.Kind.RESPOND, response.on(operation), null), times);
    }

    /**
     * Processes the next {@code times} requests normally (a valid message is accepted at once) but sends the
     * answer only after {@code delay}. No server thread waits meanwhile.
     *
     * @param delay how long to hold the answer
     * @param times how many requests, at least 1
     * @return this
     */
    public Faults delay(Duration delay, int times) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        return add(new PlannedFault(PlannedFault.Kind.DELAY, null, delay), times);
    }

    /**
     * Never answers the next {@code times} requests: the request is read, nothing is accepted and the connection
     * stays open until the simulator stops (or {@link BandwidthSimulator#reset()} closes it). The client must time
     * out.
     *
     * @param times how many requests, at least 1
     * @return this
     */
    public Faults stall(int times) {
        return add(new PlannedFault(PlannedFault.Kind.STALL, null, null), times);
    }

    /**
     * Closes the connection of the next {@code times} requests without any answer, after reading the request and
     * without accepting the message: the client sees the connection closed before any response byte.
     *
     * @param times how many requests, at least 1
     * @return this
     */
    public Faults dropBeforeAccept(int times) {
        return add(new PlannedFault(PlannedFault.Kind.DROP_BEFORE_ACCEPT, null, null), times);
    }

    /**
     * Processes the next {@code times} requests normally (a valid message is recorded as accepted and its
     * callbacks are sent), then closes the connection without any answer: the "maybe sent" case a client cannot
     * tell from {@link #dropBeforeAccept(int)}.
     *
     * @param times how many requests, at least 1
     * @return this
     */
    public Faults dropAfterAccept(int times) {
        return add(new PlannedFault(PlannedFault.Kind.DROP_AFTER_ACCEPT, null, null), times);
    }

    /** @return how many requests the queued faults will still affect */
    public long pending() {
        return pending;
    }

    /** Removes every queued fault. */
    public synchronized void clear() {
        queue.clear();
        pending = 0;
    }

    /** Takes one count of the head fault, or returns {@code null} if none is queued. */
    PlannedFault next() {
        if (pending == 0) {
            return null;
        }
        synchronized (this) {
            Entry head = queue.peekFirst();
            if (head == null) {
                return null;
            }
            if (--head.remaining == 0) {
                queue.removeFirst();
            }
            pending--;
            return head.fault;
        }
    }

    private synchronized Faults add(PlannedFault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        queue.addLast(new Entry(fault, times));
        pending += times;
        return this;
    }

    private static final class Entry {
        private final PlannedFault fault;
        private int remaining;

        private Entry(PlannedFault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
