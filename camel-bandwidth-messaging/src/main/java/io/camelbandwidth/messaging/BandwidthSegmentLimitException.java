package io.camelbandwidth.messaging;

/**
 * The message would cost more segments than the endpoint option {@code maxSegments} allows. Nothing was sent;
 * shorten the text, or avoid characters outside GSM-7 (an emoji makes the whole text UCS-2: 70/67 characters per
 * segment instead of 160/153).
 */
public class BandwidthSegmentLimitException extends BandwidthValidationException {

    private static final long serialVersionUID = 1L;

    private final int estimatedSegments;
    private final int maxSegments;

    public BandwidthSegmentLimitException(int estimatedSegments, int maxSegments, String encoding) {
        super("text", "would cost " + estimatedSegments + " segments (" + encoding + "); maxSegments allows "
                      + maxSegments);
        this.estimatedSegments = estimatedSegments;
        this.maxSegments = maxSegments;
    }

    /** The segments the message was estimated to cost. */
    public int getEstimatedSegments() {
        return estimatedSegments;
    }

    /** The limit it exceeded. */
    public int getMaxSegments() {
        return maxSegments;
    }
}
