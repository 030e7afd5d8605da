package io.camelbandwidth.simulator;

/**
 * The operations of the simulated Messaging API and its OAuth2 token endpoint, each with its own queue of
 * {@link Faults} ({@link BandwidthSimulator#faults(ApiOperation)}).
 */
public enum ApiOperation {
    /** {@code POST /users/{accountId}/messages}. */
    CREATE_MESSAGE,
    /** {@code GET /users/{accountId}/messages}. */
    LIST_MESSAGES,
    /** {@code GET /users/{accountId}/media}. */
    LIST_MEDIA,
    /** {@code GET /users/{accountId}/media/{mediaId}}. */
    GET_MEDIA,
    /** {@code PUT /users/{accountId}/media/{mediaId}}. */
    UPLOAD_MEDIA,
    /** {@code DELETE /users/{accountId}/media/{mediaId}}. */
    DELETE_MEDIA,
    /** {@code POST {tokenUri}}: the OAuth2 token endpoint (client credentials grant). */
    OAUTH2_TOKEN,
    /** {@code POST /users/{accountId}/messages/multiChannel}. */
    CREATE_MULTI_CHANNEL_MESSAGE
}
