package io.camelbandwidth.messaging.testkit;

import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * A real Vert.x platform-http server in a test's Camel context, where the callback consumer receives webhooks. It
 * binds loopback port 0 when the context starts, so the operating system picks a free port that nobody can take in
 * between; {@link #url(CamelContext)} says where it ended up. Its body limit is what the docs recommend for a server
 * that only receives callbacks ({@code camel.server.maxBodySize}): the consumer's default {@code maxBodySize}, so that
 * the server refuses a larger body while reading it, chunked or not.
 */
public final class CallbackServer {

    public static final String PATH = "/bandwidth/callbacks";
    public static final String HOOK_USER = "hook-user";
    public static final String HOOK_PASSWORD = "hook-pass-Z9!";

    private CallbackServer() {
    }

    /** Adds the server to a context that has not started yet. */
    public static void addTo(CamelContext context) throws Exception {
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(0);
        configuration.setMaxBodySize(BandwidthSmsConfiguration.DEFAULT_MAX_BODY_SIZE);
        context.addService(new VertxPlatformHttpServer(configuration));
    }

    /** The port the server of this (started) context is bound to. */
    public static int port(CamelContext context) {
        VertxPlatformHttpServer server = context.hasService(VertxPlatformHttpServer.class);
        if (server == null || server.getServer() == null) {
            throw new IllegalStateException("no started platform-http server: call CallbackServer.addTo in"
                                            + " createCamelContext");
        }
        return server.getPort();
    }

    /** The callback URL of the consumer on the default webhook path. */
    public static String url(CamelContext context) {
        return "http://127.0.0.1:" + port(context) + PATH;
    }

    /** A consumer URI with the callback credentials, with extra query options appended. */
    public static String consumerUri(String extraOptions) {
        return "bandwidth-sms:" + TestAccount.ACCOUNT_ID + "?callbackUsername=" + HOOK_USER + "&callbackPassword=RAW("
               + HOOK_PASSWORD + ")" + (extraOptions.isEmpty() ? "" : "&" + extraOptions);
    }
}
