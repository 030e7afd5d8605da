package io.camelbandwidth.messaging.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * Legacy HTTP Basic with a Bandwidth API user (decommissioned by Bandwidth on 2026-12-02).
 */
public final class BasicCredentials implements AuthorizationSource {

    private final CompletableFuture<String> header;

    public BasicCredentials(String username, String password) {
        this.header = CompletableFuture.completedFuture(basic(username, password));
    }

    /** {@code Basic base64(username:password)}. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CompletableFuture<String> authorization() {
        return header;
    }

    @Override
    public boolean refused(String authorization) {
        return false;
    }

    @Override
    public String toString() {
        return "BasicCredentials[***]";
    }
}
