package io.camelbandwidth.messaging;

import java.util.Map;

import io.camelbandwidth.messaging.model.BandwidthError;

/**
 * Bandwidth rejected the request (400 with {@code fieldErrors}, 404, 415 and other 4xx except 401, 403 and 429).
 * Nothing was sent, and the same request would be rejected again.
 */
public class BandwidthRejectedException extends BandwidthHttpException {

    private static final long serialVersionUID = 1L;

    public BandwidthRejectedException(int statusCode, String statusText, BandwidthError error,
                                      Map<String, String> responseHeaders, String responseBody) {
        super(statusCode, statusText, error, responseHeaders, responseBody);
    }
}
