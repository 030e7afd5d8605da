package io.camelbandwidth.messaging;

/**
 * An element of a Bandwidth callback request that is not a Bandwidth event: not an object, no {@code type}, no
 * {@code message.id}, or a field of the wrong type. The consumer hands it to its {@code ExceptionHandler} (with
 * {@code bridgeErrorHandler=true}, to the route's error handler) and goes on with the other events of the request.
 * Bandwidth would send the same element again, so it does not make the request fail.
 * <p>
 * The message says what is wrong and where, never what the element contains; {@link #getEventJson()} has the element
 * itself, for a dead letter queue. It may hold phone numbers and message text: do not log it.
 */
public class BandwidthMalformedCallbackException extends BandwidthException {

    private static final long serialVersionUID = 1L;

    private final int eventIndex;
    private final String eventJson;

    public BandwidthMalformedCallbackException(int eventIndex, String problem, String eventJson) {
        super("Malformed Bandwidth callback event: " + problem);
        this.eventIndex = eventIndex;
        this.eventJson = eventJson;
    }

    /** The position of the element in its request, from 0. */
    public int getEventIndex() {
        return eventIndex;
    }

    /** The element as JSON, as Bandwidth sent it. */
    public String getEventJson() {
        return eventJson;
    }
}
