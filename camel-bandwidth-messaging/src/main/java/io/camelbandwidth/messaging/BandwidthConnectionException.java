package io.camelbandwidth.messaging;

/**
 * The request never reached Bandwidth: the connection was refused or timed out, the host was unknown, TLS failed or no
 * pooled connection became free in time. Nothing was sent; a later attempt is safe.
 */
public class BandwidthConnectionException extends BandwidthException {

    private static final long serialVersionUID = 1L;

    public BandwidthConnectionException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetrySafe() {
        return true;
    }
}
