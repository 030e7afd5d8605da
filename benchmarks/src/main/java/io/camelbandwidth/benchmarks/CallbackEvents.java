package io.camelbandwidth.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * Webhook bodies as Bandwidth posts them: a JSON array of events shaped like the examples of Bandwidth's messaging
 * webhook documentation (statusCallback, inboundCallback). Of every ten events, one is {@code message-failed} (with an
 * error code), one {@code message-received}, the others {@code message-delivered}. Event {@code n} has message id
 * {@code bench-msg-n}.
 */
final class CallbackEvents {

    static final String OUR_NUMBER = "+15551113333";
    static final String RECIPIENT = "+15554443333";
    static final String APPLICATION_ID = "93de2206-9669-4e07-948d-329f4b722ee2";

    private CallbackEvents() {
    }

    static byte[] batch(long first, int events) {
        StringBuilder json = new StringBuilder(events * 480).append('[');
        for (long n = first; n < first + events; n++) {
            if (n > first) {
                json.append(',');
            }
            event(json, n);
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void event(StringBuilder json, long n) {
        int kind = (int) (n % 10);
        boolean inbound = kind == 1;
        boolean failed = kind == 0;
        String type = inbound ? "message-received" : failed ? "message-failed" : "message-delivered";
        json.append("{\"type\":\"").append(type).append("\",\"time\":\"2026-11-27T16:51:27.704450Z\",")
                .append("\"description\":\"").append(inbound ? "Incoming message received" : failed
                        ? "rejected-forbidden-country" : "Message delivered to carrier.").append("\",")
                .append("\"to\":\"").append(inbound ? OUR_NUMBER : RECIPIENT).append('"');
        if (failed) {
            json.append(",\"errorCode\":4432");
        }
        json.append(",\"message\":{\"id\":\"bench-msg-").append(n).append("\",\"owner\":\"")
                .append(OUR_NUMBER).append("\",\"applicationId\":\"").append(APPLICATION_ID)
                .append("\",\"time\":\"2026-11-27T16:51:26.1Z\",\"segmentCount\":1,\"direction\":\"")
                .append(inbound ? "in" : "out").append("\",\"to\":[\"").append(inbound ? OUR_NUMBER : RECIPIENT)
                .append("\"],\"from\":\"").append(inbound ? RECIPIENT : OUR_NUMBER).append("\",\"text\":\"")
                .append(inbound ? "Hello from a benchmark" : "").append("\",\"tag\":\"bench-").append(n)
                .append("\"}}");
    }
}
