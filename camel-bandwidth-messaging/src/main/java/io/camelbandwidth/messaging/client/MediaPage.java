package io.camelbandwidth.messaging.client;

import java.util.List;

import io.camelbandwidth.messaging.model.BandwidthMedia;

/**
 * One page of {@code listMedia}.
 *
 * @param media             the media files of this page
 * @param continuationToken the token for the next page, {@code null} on the last
 */
public record MediaPage(List<BandwidthMedia> media, String continuationToken) {
}
