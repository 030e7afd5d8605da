package io.camelbandwidth.messaging.client;

import javax.net.ssl.SSLContext;

import io.camelbandwidth.messaging.BandwidthSmsConfiguration;

/**
 * The connection settings of one pooled HTTP client. Endpoints with equal settings share a client (and so its pool);
 * the TLS context counts by identity. {@link #toString()} leaves the proxy credentials out.
 *
 * @param maxIdleMillis idle pooled connections are closed after this long; 0 never
 * @param sslContext    the TLS context, or {@code null} for the JVM default
 */
public record HttpTransportSettings(long connectTimeoutMillis, long responseTimeoutMillis,
                                    long connectionRequestTimeoutMillis, int maxTotalConnections,
                                    int connectionsPerRoute, long validateAfterInactivityMillis, long maxIdleMillis,
                                    String proxyHost, Integer proxyPort, String proxyUsername, String proxyPassword,
                                    SSLContext sslContext) {

    /** The settings of an endpoint's configuration, with the TLS context built from its SSLContextParameters. */
    public static HttpTransportSettings of(BandwidthSmsConfiguration conf, SSLContext sslContext) {
        return new HttpTransportSettings(conf.getConnectTimeout(), conf.getResponseTimeout(),
                conf.getConnectionRequestTimeout(), conf.getMaxTotalConnections(), conf.getConnectionsPerRoute(),
                conf.getValidateAfterInactivity(), conf.getConnectionMaxIdleTime(), conf.getProxyHost(),
                conf.getProxyPort(), conf.getProxyAuthUsername(), conf.getProxyAuthPassword(), sslContext);
    }

    @Override
    public String toString() {
        return "HttpTransportSettings[connectTimeout=" + connectTimeoutMillis + "ms, responseTimeout="
               + responseTimeoutMillis + "ms, maxTotal=" + maxTotalConnections + ", perRoute=" + connectionsPerRoute
               + (proxyHost == null ? "" : ", proxy=" + proxyHost + ":" + proxyPort)
               + (sslContext == null ? "" : ", custom TLS") + "]";
    }
}
