package io.camelbandwidth.simulator;

import java.time.Duration;

/** One fault taken from {@link Faults} for one request. */
record PlannedFault(Kind kind, FaultResponse response, Duration delay) {

    /** What the messages endpoint does instead of (or in addition to) answering normally. */
    enum Kind {
        /** Answer {@link #response()} without processing the request. */
        RESPOND,
        /** Process the request normally, answer after {@link #delay()}. */
        DELAY,
        /** Never answer; the connection stays open until the simulator stops or resets. */
        STALL,
        /** Close the connection without answering; the message is not accepted. */
        DROP_BEFORE_ACCEPT,
        /** Process (and accept) the message, then close the connection without answering. */
        DROP_AFTER_ACCEPT
    }
}
