package io.camelbandwidth.messaging.client;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.metrics.TokenFetchMetrics;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The HTTP clients of one component: producers with the same connection settings share one pooled client, and
 * producers with the same OAuth2 client on the same pooled client share one cached token (a token travels with the
 * TLS and proxy settings it was fetched with). A pooled client lives while a producer uses it: each
 * {@link #client(BandwidthSmsConfiguration)} is matched by one {@link #release(BandwidthMessagingClient)}, and the last
 * release closes it, so that endpoints with ever new settings ({@code toD}) do not pile up threads and connections.
 */
public final class ClientRegistry implements AutoCloseable {

    private final CamelContext camelContext;
    private final TokenFetchMetrics tokenFetches;
    /** Guarded by {@code this}. */
    private final Map<HttpTransportSettings, Shared<HttpTransport>> transports = new HashMap<>();
    /** Guarded by {@code this}; keyed by transport, OAuth2 token URI and client credentials. */
    private final Map<TokenKey, Shared<OAuthClientCredentials>> tokenSources = new HashMap<>();
    /** Guarded by {@code this}: what each client handed out holds. */
    private final Map<BandwidthMessagingClient, Lease> leases = new IdentityHashMap<>();
    private final Map<SSLContextParameters, SSLContext> sslContexts = new IdentityHashMap<>();

    /** @param tokenFetches records the token requests of every token source */
    public ClientRegistry(CamelContext camelContext, TokenFetchMetrics tokenFetches) {
        this.camelContext = camelContext;
        this.tokenFetches = tokenFetches;
    }

    /**
     * A client for a producer: the pooled HTTP client of its connection settings, and its authentication. Give it
     * back with {@link #release(BandwidthMessagingClient)} when the producer stops.
     */
    public BandwidthMessagingClient client(BandwidthSmsConfiguration conf) throws Exception {
        HttpTransportSettings settings = HttpTransportSettings.of(conf, sslContext(conf.getSslContextParameters()));
        synchronized (this) {
            Shared<HttpTransport> transport = transports.computeIfAbsent(settings,
                    s -> new Shared<>(new HttpTransport(s)));
            transport.users++;
            AuthorizationSource authorization;
            TokenKey tokenKey = null;
            if (conf.usesOAuth()) {
                tokenKey = new TokenKey(settings, conf.getOauthTokenUri(), conf.getClientId(), conf.getClientSecret());
                Shared<OAuthClientCredentials> tokens = tokenSources.computeIfAbsent(tokenKey, k -> new Shared<>(
                        new OAuthClientCredentials(transport.value, conf.getOauthTokenUri(), conf.getClientId(),
                                conf.getClientSecret(), Clock.systemUTC(), tokenFetches)));
                tokens.users++;
                authorization = tokens.value;
            } else {
                authorization = new BasicCredentials(conf.getUsername(), conf.getPassword());
            }
            BandwidthMessagingClient client = new BandwidthMessagingClient(transport.value, authorization,
                    conf.getBaseUri());
            leases.put(client, new Lease(settings, tokenKey));
            return client;
        }
    }

    /** Gives a client back; the last user of a pooled HTTP client closes it (outside the lock: closing waits). */
    public void release(BandwidthMessagingClient client) {
        HttpTransport unused = null;
        synchronized (this) {
            Lease lease = leases.remove(client);
            if (lease == null) {
                return;
            }
            if (lease.tokenKey() != null && --tokenSources.get(lease.tokenKey()).users == 0) {
                tokenSources.remove(lease.tokenKey());
            }
            Shared<HttpTransport> transport = transports.get(lease.settings());
            if (--transport.users == 0) {
                transports.remove(lease.settings());
                unused = transport.value;
            }
        }
        if (unused != null) {
            unused.close();
        }
    }

    private SSLContext sslContext(SSLContextParameters parameters) throws Exception {
        if (parameters == null) {
            return null;
        }
        synchronized (sslContexts) {
            SSLContext context = sslContexts.get(parameters);
            if (context == null) {
                context = parameters.createSSLContext(camelContext);
                sslContexts.put(parameters, context);
            }
            return context;
        }
    }

    /** Closes every pooled client and forgets the cached tokens. */
    @Override
    public void close() {
        List<HttpTransport> open;
        synchronized (this) {
            open = new ArrayList<>();
            transports.values().forEach(shared -> open.add(shared.value));
            transports.clear();
            tokenSources.clear();
            leases.clear();
        }
        open.forEach(HttpTransport::close);
        synchronized (sslContexts) {
            sslContexts.clear();
        }
    }

    /** Something shared and how many clients handed out use it. */
    private static final class Shared<T> {
        private final T value;
        private int users;

        private Shared(T value) {
            this.value = value;
        }
    }

    /** What one client handed out holds: its pooled HTTP client and, with OAuth2, its token source. */
    private record Lease(HttpTransportSettings settings, TokenKey tokenKey) {
    }

    /** A token source: per pooled HTTP client, token URI and credential. Its toString shows no secret. */
    private record TokenKey(HttpTransportSettings settings, String tokenUri, String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "TokenKey[" + tokenUri + "]";
        }
    }
}
