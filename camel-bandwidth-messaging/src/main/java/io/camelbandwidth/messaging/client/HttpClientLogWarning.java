package io.camelbandwidth.messaging.client;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apache HttpClient's own loggers {@code org.apache.hc.client5.http.headers} and {@code org.apache.hc.client5.http.wire}
 * print every request header at DEBUG, the {@code Authorization} header included: the Basic credentials, the client
 * secret while a token is fetched, and bearer tokens. The component cannot change that library, so it says so once,
 * when it starts, if either logger is on: someone debugging a failed send will turn them on.
 */
public final class HttpClientLogWarning {

    private static final Logger LOG = LoggerFactory.getLogger(HttpClientLogWarning.class);
    private static final List<String> REVEALING = List.of("org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire");

    private HttpClientLogWarning() {
    }

    /** Logs one WARN when either of HttpClient's revealing loggers is at DEBUG. */
    public static void warnIfRevealing() {
        warnIfRevealing(name -> LoggerFactory.getLogger(name).isDebugEnabled(), LOG::warn);
    }

    static void warnIfRevealing(Predicate<String> debugEnabled, Consumer<String> warn) {
        List<String> enabled = REVEALING.stream().filter(debugEnabled).toList();
        if (!enabled.isEmpty()) {
            warn.accept("The logger(s) " + String.join(" and ", enabled) + " of Apache HttpClient are at DEBUG: they"
                        + " log the Authorization header of every request to Bandwidth (Basic credentials, the client"
                        + " secret while an OAuth2 token is fetched, bearer tokens) and this component cannot stop"
                        + " them. Set them to INFO or above outside a short debugging session, and treat this log as"
                        + " a secret.");
        }
    }
}
