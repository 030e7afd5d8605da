package io.camelbandwidth.messaging;

import java.util.Map;

import io.camelbandwidth.messaging.model.BandwidthError;

/**
 * Bandwidth refused the credentials (401) or their permissions (403), or the OAuth2 token endpoint refused the client
 * credentials (400, 401 or another 4xx; the message names its answer, e.g. {@code invalid_client}). Nothing was sent;
 * fix the credentials before sending again.
 */
public class BandwidthAuthenticationException extends BandwidthHttpException {

    private static final long serialVersionUID = 1L;

    public BandwidthAuthenticationException(int statusCode, String statusText, BandwidthError error,
                                            Map<String, String> responseHeaders, String responseBody) {
        super(statusCode, statusText, error, responseHeaders, responseBody);
    }
}
