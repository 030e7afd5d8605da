package io.camelbandwidth.examples.fleet;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import io.camelbandwidth.simulator.AcceptedMessage;

/** How many segments Bandwidth (the simulator) accepted within any one window, as an account's rate counts them. */
final class SegmentWindows {

    private SegmentWindows() {
    }

    /** The most segments accepted within any {@code window}: every window that starts at an acceptance is counted. */
    static int peak(List<AcceptedMessage> accepted, Duration window) {
        List<AcceptedMessage> sorted = accepted.stream().sorted(Comparator.comparing(AcceptedMessage::time)).toList();
        int peak = 0;
        int inWindow = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            while (end < sorted.size()
                   && sorted.get(end).time().isBefore(sorted.get(start).time().plus(window))) {
                inWindow += segments(sorted.get(end++));
            }
            peak = Math.max(peak, inWindow);
            inWindow -= segments(sorted.get(start));
        }
        return peak;
    }

    /** What a message costs against the account's rate: its segments times its recipients. */
    static int segments(AcceptedMessage message) {
        return message.segmentCount() * message.to().size();
    }
}
