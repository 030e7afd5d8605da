package io.camelbandwidth.messaging.client;

import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * The connection settings of one pooled HTTP client. Endpoints with equal settings share a client (and so its pool).
 * {@link #toString()} leaves the proxy password out.
 */
public final class HttpTransportSettings {

    private final long connectTimeoutMillis;
    private final long responseTimeoutMillis;
    private final long connectionRequestTimeoutMillis;
    private final int maxTotalConnections;
    private final int connectionsPerRoute;
    private final long validateAfterInactivityMillis;
    private final long maxIdleMillis;
    private final String proxyHost;
    private final Integer proxyPort;
    private final String proxyUsername;
    private final String proxyPassword;
    private final SSLContext sslContext;

    private HttpTransportSettings(Builder builder) {
        this.connectTimeoutMillis = builder.connectTimeoutMillis;
        this.responseTimeoutMillis = builder.responseTimeoutMillis;
        this.connectionRequestTimeoutMillis = builder.connectionRequestTimeoutMillis;
        this.maxTotalConnections = builder.maxTotalConnections;
        this.connectionsPerRoute = builder.connectionsPerRoute;
        this.validateAfterInactivityMillis = builder.validateAfterInactivityMillis;
        this.maxIdleMillis = builder.maxIdleMillis;
        this.proxyHost = builder.proxyHost;
        this.proxyPort = builder.proxyPort;
        this.proxyUsername = builder.proxyUsername;
        this.proxyPassword = builder.proxyPassword;
        this.sslContext = builder.sslContext;
    }

    public static Builder builder() {
        return new Builder();
    }

    public long connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public long responseTimeoutMillis() {
        return responseTimeoutMillis;
    }

    public long connectionRequestTimeoutMillis() {
        return connectionRequestTimeoutMillis;
    }

    public int maxTotalConnections() {
        return maxTotalConnections;
    }

    public int connectionsPerRoute() {
        return connectionsPerRoute;
    }

    public long validateAfterInactivityMillis() {
        return validateAfterInactivityMillis;
    }

    /** Idle pooled connections are closed after this long; 0 never. */
    public long maxIdleMillis() {
        return maxIdleMillis;
    }

    public String proxyHost() {
        return proxyHost;
    }

    public Integer proxyPort() {
        return proxyPort;
    }

    public String proxyUsername() {
        return proxyUsername;
    }

    public String proxyPassword() {
        return proxyPassword;
    }

    /** The TLS context, or {@code null} for the JVM default. */
    public SSLContext sslContext() {
        return sslContext;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HttpTransportSettings)) {
            return false;
        }
        HttpTransportSettings that = (HttpTransportSettings) o;
        return connectTimeoutMillis == that.connectTimeoutMillis && responseTimeoutMillis == that.responseTimeoutMillis
               && connectionRequestTimeoutMillis == that.connectionRequestTimeoutMillis
               && maxTotalConnections == that.maxTotalConnections && connectionsPerRoute == that.connectionsPerRoute
               && validateAfterInactivityMillis == that.validateAfterInactivityMillis
               && maxIdleMillis == that.maxIdleMillis
               && Objects.equals(proxyHost, that.proxyHost) && Objects.equals(proxyPort, that.proxyPort)
               && Objects.equals(proxyUsername, that.proxyUsername) && Objects.equals(proxyPassword, that.proxyPassword)
               && sslContext == that.sslContext;
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeoutMillis, responseTimeoutMillis, connectionRequestTimeoutMillis,
                maxTotalConnections, connectionsPerRoute, validateAfterInactivityMillis, maxIdleMillis, proxyHost,
                proxyPort, proxyUsername, System.identityHashCode(sslContext));
    }

    @Override
    public String toString() {
        return "HttpTransportSettings[connectTimeout=" + connectTimeoutMillis + "ms, responseTimeout="
               + responseTimeoutMillis + "ms, maxTotal=" + maxTotalConnections + ", perRoute=" + connectionsPerRoute
               + (proxyHost == null ? "" : ", proxy=" + proxyHost + ":" + proxyPort)
               + (sslContext == null ? "" : ", custom TLS") + "]";
    }

    /** Builds {@link HttpTransportSettings}; the defaults match the component's option defaults. */
    public static final class Builder {
        private long connectTimeoutMillis = 10000;
        private long responseTimeoutMillis = 30000;
        private long connectionRequestTimeoutMillis = 30000;
        private int maxTotalConnections = 200;
        private int connectionsPerRoute = 100;
        private long validateAfterInactivityMillis = 2000;
        private long maxIdleMillis = 30000;
        private String proxyHost;
        private Integer proxyPort;
        private String proxyUsername;
        private String proxyPassword;
        private SSLContext sslContext;

        public Builder connectTimeoutMillis(long value) {
            this.connectTimeoutMillis = value;
            return this;
        }

        public Builder responseTimeoutMillis(long value) {
            this.responseTimeoutMillis = value;
            return this;
        }

        public Builder connectionRequestTimeoutMillis(long value) {
            this.connectionRequestTimeoutMillis = value;
            return this;
        }

        public Builder maxTotalConnections(int value) {
            this.maxTotalConnections = value;
            return this;
        }

        public Builder connectionsPerRoute(int value) {
            this.connectionsPerRoute = value;
            return this;
        }

        public Builder validateAfterInactivityMillis(long value) {
            this.validateAfterInactivityMillis = value;
            return this;
        }

        public Builder maxIdleMillis(long value) {
            this.maxIdleMillis = value;
            return this;
        }

        public Builder proxy(String host, Integer port, String username, String password) {
            this.proxyHost = host;
            this.proxyPort = port;
            this.proxyUsername = username;
            this.proxyPassword = password;
            return this;
        }

        public Builder sslContext(SSLContext value) {
            this.sslContext = value;
            return this;
        }

        public HttpTransportSettings build() {
            return new HttpTransportSettings(this);
        }
    }
}
