package io.camelbandwidth.messaging;

import java.util.Arrays;

/**
 * What a {@code bandwidth-sms} producer does with an exchange (option {@code operation}, header
 * {@code CamelBandwidthOperation}).
 */
public enum BandwidthOperation {
    /** {@code POST /users/{accountId}/messages}: send an SMS or MMS (local media are uploaded first). */
    sendMessage,
    /** {@code GET /users/{accountId}/messages}: one page of message metadata matching the filters. */
    listMessages,
    /** {@code PUT /users/{accountId}/media/{mediaId}}: store a media file. */
    uploadMedia,
    /** {@code GET /users/{accountId}/media/{mediaId}}: download a media file (e.g. of an inbound MMS). */
    getMedia,
    /** {@code GET /users/{accountId}/media}: one page of the account's media files. */
    listMedia,
    /** {@code DELETE /users/{accountId}/media/{mediaId}}: delete a media file. */
    deleteMedia,
    /**
     * {@code POST /users/{accountId}/messages/multiChannel} (Beta): send on the first channel of a list (RBM, then SMS
     * or MMS as fallback).
     */
    sendMultiChannelMessage;

    /**
     * The operation of this name, ignoring case.
     *
     * @throws BandwidthValidationException for an unknown name
     */
    static BandwidthOperation of(String name, String field) {
        for (BandwidthOperation operation : values()) {
            if (operation.name().equalsIgnoreCase(name.strip())) {
                return operation;
            }
        }
        throw new BandwidthValidationException(field, "must be one of " + String.join(", ",
                Arrays.stream(values()).map(Enum::name).toList()));
    }
}
