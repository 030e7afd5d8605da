package io.camelbandwidth.examples.rest;

/**
 * The answer to {@code POST /sms} when Bandwidth accepted the message.
 *
 * @param id           the message id Bandwidth gave the message (delivery callbacks carry it)
 * @param segmentCount the segments Bandwidth counts (and bills)
 */
public record SmsAccepted(String id, Integer segmentCount) {
}
