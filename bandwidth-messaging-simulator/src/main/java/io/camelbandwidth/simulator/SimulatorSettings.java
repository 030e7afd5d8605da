package io.camelbandwidth.simulator;

import javax.net.ssl.SSLContext;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Every setting of a {@link BandwidthSimulator}, fixed when {@link BandwidthSimulator.Builder#build()} creates it from
 * what the builder collected (the builder validates each value when it is set; the {@code DEFAULT_} constants are what
 * it starts from). The Javadoc of the builder's methods describes each setting.
 *
 * @param port                  the TCP port on 127.0.0.1; 0 picks a free one
 * @param threads               the HTTP server's worker threads
 * @param tls                   the server's TLS context, or null to serve plain HTTP
 * @param basicCredentials      {@code user:password} (UTF-8) of the accepted Basic API user, or null for none
 * @param oauthClient           {@code clientId:clientSecret} (UTF-8) of the accepted OAuth2 client, or null for none
 * @param tokenLifetime         how long issued tokens stay valid
 * @param applicationId         the application id put on inbound messages
 * @param callbackUrls          where status (and, without {@code inboundCallbackUrl}, inbound) webhooks go, in turn;
 *                              empty for none
 * @param inboundCallbackUrl    where inbound webhooks go, or null to use {@code callbackUrls}
 * @param callbackUser          the user answering a webhook receiver's Basic challenge, or null for none
 * @param callbackPassword      its password
 * @param callbackAttempts      attempts per webhook
 * @param callbackBackoff       pause between webhook attempts
 * @param callbackTimeout       connect and answer timeout of one webhook POST
 * @param recordLimit           the most requests, accepted messages and callback attempts kept, each
 * @param clock                 the clock of message times, token expiry and expiration checks
 * @param mediaFileLimit        the largest media file, in bytes
 * @param mediaStoreLimit       the most media bytes held at once
 * @param mediaPageSize         the most media files one list page holds
 * @param idleConnectionTimeout the idle time after which a kept-alive connection is closed, or null for never
 */
record SimulatorSettings(int port, int threads, SSLContext tls, byte[] basicCredentials, byte[] oauthClient,
                         Duration tokenLifetime, String applicationId, List<String> callbackUrls,
                         String inboundCallbackUrl,
                         String callbackUser, String callbackPassword, int callbackAttempts, Duration callbackBackoff,
                         Duration callbackTimeout, int recordLimit, Clock clock, long mediaFileLimit,
                         long mediaStoreLimit, int mediaPageSize, Duration idleConnectionTimeout) {

    static final int DEFAULT_THREADS = 8;
    static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);
    static final String DEFAULT_APPLICATION_ID = "93de2206-9669-4e07-948d-329f4b722ee2";
    static final int DEFAULT_CALLBACK_ATTEMPTS = 5;
    static final Duration DEFAULT_CALLBACK_BACKOFF = Duration.ofMillis(200);
    /** Bandwidth's own limit for a webhook answer. */
    static final Duration DEFAULT_CALLBACK_TIMEOUT = Duration.ofSeconds(10);
    static final int DEFAULT_RECORD_LIMIT = 100_000;
    /** 3.75 MB, Bandwidth's documented upload limit. */
    static final long DEFAULT_MEDIA_FILE_LIMIT = 3_932_160;
    static final long DEFAULT_MEDIA_STORE_LIMIT = 64L * 1024 * 1024;
    /** As Bandwidth. */
    static final int DEFAULT_MEDIA_PAGE_SIZE = 1000;

    /** @return true if neither Basic credentials nor an OAuth2 client is set: every request passes unchecked */
    boolean isOpen() {
        return basicCredentials == null && oauthClient == null;
    }

    /** @return where inbound {@code message-received} webhooks go: the inbound URL, else the status URLs */
    List<String> inboundUrls() {
        return inboundCallbackUrl != null ? List.of(inboundCallbackUrl) : callbackUrls;
    }

    /** @return "https" with a TLS context, else "http" */
    String scheme() {
        return tls == null ? "http" : "https";
    }
}
