package io.camelbandwidth.messaging;

/**
 * The request was written but no answer came back (the response timed out or the connection dropped). Bandwidth may
 * have accepted the message, and a message POST is not idempotent: sending it again may deliver it twice. Reconcile
 * instead: wait for a callback carrying the message's tag, or search the message list.
 */
public class BandwidthMaybeSentException extends BandwidthException {

    private static final long serialVersionUID = 1L;

    public BandwidthMaybeSentException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isMaybeSent() {
        return true;
    }
}
