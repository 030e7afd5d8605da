package io.camelbandwidth.messaging;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpServer;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.APPLICATION_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_SECRET;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TLS is verified by default and configurable with Camel's SSLContextParameters (against the simulator serving HTTPS
 * with a certificate made for the test), and a proxy that demands authentication is passed with the proxy options.
 */
class TlsAndProxyTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path keys;
    static Path keyStore;
    static BandwidthSimulator httpsSimulator;
    static HttpServer proxy;
    static final AtomicInteger proxiedRequests = new AtomicInteger();

    @BeforeAll
    static void startHttpsSimulatorAndProxy() throws Exception {
        keyStore = keys.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", new String(STORE_PASSWORD))
                .redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keyStore.toFile())) {
            store.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, STORE_PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        httpsSimulator = BandwidthSimulator.builder().tls(serverContext).oauthClient(CLIENT_ID, CLIENT_SECRET).build()
                .start();

        proxy = startAuthenticatingProxy();
    }

    @AfterAll
    static void stopHttpsSimulatorAndProxy() {
        httpsSimulator.close();
        proxy.stop(0);
    }

    /** A forward proxy for plain-http requests that answers 407 until it gets proxy credentials user:pw. */
    private static HttpServer startAuthenticatingProxy() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HttpClient upstream = HttpClient.newHttpClient();
        String expected = "Basic " + Base64.getEncoder().encodeToString("proxy-user:proxy-pw".getBytes());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
                exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"test proxy\"");
                exchange.sendResponseHeaders(407, -1);
                exchange.close();
                return;
            }
            proxiedRequests.incrementAndGet();
            try {
                HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(exchange.getRequestURI().toString()))
                        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
                for (String header : new String[] { "Authorization", "Content-Type", "Accept" }) {
                    String value = exchange.getRequestHeaders().getFirst(header);
                    if (value != null) {
                        forward.header(header, value);
                    }
                }
                HttpResponse<byte[]> answer = upstream.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                answer.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().add("Content-Type", v));
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        KeyStoreParameters trusted = new KeyStoreParameters();
        trusted.setResource("file:" + keyStore);
        trusted.setPassword(new String(STORE_PASSWORD));
        trusted.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trusted);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trustManagers);
        context.getRegistry().bind("testTls", tls);

        return new RouteBuilder() {
            @Override
            public void configure() {
                String https = "bandwidth-sms:" + ACCOUNT_ID + "?applicationId=" + APPLICATION_ID + "&from=" + FROM
                               + "&to=%2B15554443333&baseUri=" + httpsSimulator.baseUri() + "&oauthTokenUri="
                               + httpsSimulator.tokenUri() + "&clientId=" + CLIENT_ID + "&clientSecret=RAW("
                               + CLIENT_SECRET + ")";
                from("direct:trusted").to(https + "&sslContextParameters=#testTls");
                from("direct:defaultTrust").to(https);
                from("direct:proxied").to(bandwidth.basicUri("from=" + FROM + "&to=%2B15554443333&proxyHost=127.0.0.1&proxyPort="
                                                   + proxy.getAddress().getPort()
                                                   + "&proxyAuthUsername=proxy-user&proxyAuthPassword=proxy-pw"));
            }
        };
    }

    @Test
    void sslContextParametersTrustTheServer() {
        Exchange exchange = template.request("direct:trusted", e -> e.getMessage().setBody("over TLS"));

        assertNull(exchange.getException(), () -> "send failed: " + exchange.getException());
        assertEquals("over TLS", httpsSimulator.awaitAccepted(1, WAIT).get(0).text());
        assertEquals(1, httpsSimulator.tokensIssued(), "the token was fetched over TLS too");
    }

    @Test
    void anUntrustedCertificateIsRefusedAndNothingIsSent() {
        long before = httpsSimulator.acceptedCount();

        Exchange exchange = template.request("direct:defaultTrust", e -> e.getMessage().setBody("over TLS"));

        BandwidthConnectionException failure = failure(exchange, BandwidthConnectionException.class);
        assertTrue(failure.isRetrySafe());
        assertEquals(before, httpsSimulator.acceptedCount());
    }

    @Test
    void anAuthenticatingProxyIsPassed() {
        int before = proxiedRequests.get();

        Exchange exchange = template.request("direct:proxied", e -> e.getMessage().setBody("via proxy"));

        assertNull(exchange.getException(), () -> "send failed: " + exchange.getException());
        assertEquals(before + 1, proxiedRequests.get(), "the message went through the proxy");
        assertEquals("via proxy", bandwidth.simulator().awaitAccepted(1, WAIT).get(0).text());
    }

    @Test
    void plainHttpIsOnlyForLoopbackUnlessAllowed() {
        String remote = "bandwidth-sms:1?clientId=a&clientSecret=b&baseUri=http://bandwidth.example.com/api/v2";
        Exception e = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(remote));
        assertTrue(e.getCause().getMessage().contains("plain http"), e.getCause().getMessage());

        context.getEndpoint(remote + "&allowPlainHttp=true");
        context.getEndpoint("bandwidth-sms:1?clientId=a&clientSecret=b&baseUri=http://localhost:8080/api/v2");
        Exception token = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(
                "bandwidth-sms:1?clientId=a&clientSecret=b&oauthTokenUri=http://auth.example.com/token"));
        assertTrue(token.getCause().getMessage().contains("oauthTokenUri"), token.getCause().getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.evil.example", "127.0.0.1.nip.io", "localhost.evil.example", "127.1", "0x7f.0.0.1",
        "[::1].evil.example"})
    void plainHttpToANameThatOnlyLooksLikeLoopbackIsRefused(String host) {
        for (String option : new String[] {"baseUri", "oauthTokenUri"}) {
            String uri = "bandwidth-sms:1?clientId=a&clientSecret=b&" + option + "=http://" + host + ":8080/api";
            Exception e = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(uri), uri);
            assertTrue(e.getCause().getMessage().contains(option), e.getCause().getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.5.6.7", "[::1]", "[0:0:0:0:0:0:0:1]", "localhost", "LocalHost"})
    void plainHttpToLoopbackIsAllowed(String host) {
        context.getEndpoint("bandwidth-sms:1?clientId=a&clientSecret=b&baseUri=http://" + host
                            + ":8080/api/v2&oauthTokenUri=http://" + host + ":8080/token");
    }
}
