package io.camelbandwidth.messaging.callback;

/**
 * A callback body that is not a JSON array (or object) of Bandwidth events, or an element of it that is not an event.
 * Its message is safe to answer with and to log: it never quotes the body.
 */
final class MalformedCallbackException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedCallbackException(String message) {
        super(message, null, false, false);
    }
}
