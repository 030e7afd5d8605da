package io.camelbandwidth.messaging.client;

import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;

import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The HTTP clients of one component: endpoints with the same connection settings share one pooled client, and
 * endpoints with the same OAuth2 client on the same pooled client share one cached token (a token travels with the
 * TLS and proxy settings it was fetched with).
 */
public final class ClientRegistry implements AutoCloseable {

    private final CamelContext camelContext;
    private final Map<HttpTransportSettings, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<HttpTransport, Map<String, OAuthClientCredentials>> tokenSources = new ConcurrentHashMap<>();
    private final Map<SSLContextParameters, SSLContext> sslContexts = new IdentityHashMap<>();

    public ClientRegistry(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** The client for an endpoint: the pooled HTTP client of its connection settings, and its authentication. */
    public BandwidthMessagingClient client(BandwidthSmsConfiguration conf) throws Exception {
        HttpTransport transport = transports.computeIfAbsent(
                HttpTransportSettings.of(conf, sslContext(conf.getSslContextParameters())), HttpTransport::new);
        AuthorizationSource authorization;
        if (conf.usesOAuth()) {
            String key = conf.getOauthTokenUri() + '\n' + conf.getClientId() + '\n' + conf.getClientSecret();
            authorization = tokenSources.computeIfAbsent(transport, t -> new ConcurrentHashMap<>())
                    .computeIfAbsent(key, k -> new OAuthClientCredentials(transport, conf.getOauthTokenUri(),
                            conf.getClientId(), conf.getClientSecret(), Clock.systemUTC()));
        } else {
            authorization = new BasicCredentials(conf.getUsername(), conf.getPassword());
        }
        return new BandwidthMessagingClient(transport, authorization, conf.getBaseUri());
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
        transports.values().forEach(HttpTransport::close);
        transports.clear();
        tokenSources.clear();
        synchronized (sslContexts) {
            sslContexts.clear();
        }
    }
}
