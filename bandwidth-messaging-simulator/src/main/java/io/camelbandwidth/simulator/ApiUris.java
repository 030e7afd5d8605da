package io.camelbandwidth.simulator;

/**
 * Builds the URIs the simulator hands out, for itself and in its answers and webhooks (list page links, media URLs),
 * from its API base URI, {@code {scheme}://127.0.0.1:{port}/api/v2}.
 *
 * @param base the API base URI, without a trailing slash
 */
record ApiUris(String base) {

    /** The path of the API base URI; {@link MessagesHandler} serves what is under it. */
    static final String BASE_PATH = "/api/v2";

    /** @return {@code {base}/users/{accountId}/messages} */
    String messages(String accountId) {
        return base + "/users/" + accountId + "/messages";
    }

    /** @return {@code {base}/users/{accountId}/media/{mediaId}}; the media id may contain slashes */
    String media(String accountId, String mediaId) {
        return base + "/users/" + accountId + "/media/" + mediaId;
    }
}
