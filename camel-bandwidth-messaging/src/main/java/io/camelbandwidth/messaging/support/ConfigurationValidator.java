package io.camelbandwidth.messaging.support;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.BandwidthValidationException;
import org.apache.camel.util.ObjectHelper;

/**
 * Checks an endpoint's configuration when the endpoint is created, so that a mistake fails the route at start-up
 * rather than the first message.
 */
public final class ConfigurationValidator {

    private static final Pattern WEBHOOK_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ConfigurationValidator() {
    }

    /**
     * Checks what any endpoint needs; credentials only when some are set (a consumer needs none).
     */
    public static void validate(BandwidthSmsConfiguration conf) {
        boolean oauth = conf.usesOAuth();
        boolean basic = conf.usesBasic();
        if (oauth && basic) {
            throw new IllegalArgumentException("Set either clientId and clientSecret (OAuth2) or username and password"
                                               + " (legacy Basic), not both");
        }
        if (oauth && (ObjectHelper.isEmpty(conf.getClientId()) || ObjectHelper.isEmpty(conf.getClientSecret()))) {
            throw new IllegalArgumentException("OAuth2 needs both clientId and clientSecret");
        }
        if (basic && (ObjectHelper.isEmpty(conf.getUsername()) || ObjectHelper.isEmpty(conf.getPassword()))) {
            throw new IllegalArgumentException("Basic authentication needs both username and password");
        }
        requireSecureUri("baseUri", conf.getBaseUri(), conf.isAllowPlainHttp());
        if (oauth) {
            requireSecureUri("oauthTokenUri", conf.getOauthTokenUri(), conf.isAllowPlainHttp());
        }
        requirePositive("connectTimeout", conf.getConnectTimeout());
        requirePositive("responseTimeout", conf.getResponseTimeout());
        requirePositive("connectionRequestTimeout", conf.getConnectionRequestTimeout());
        requirePositive("maxTotalConnections", conf.getMaxTotalConnections());
        requirePositive("connectionsPerRoute", conf.getConnectionsPerRoute());
        if (conf.getConnectionMaxIdleTime() < 0) {
            throw new IllegalArgumentException("connectionMaxIdleTime must be 0 (never) or positive");
        }
        if (conf.getMaxSegmentsPerSecond() < 0) {
            throw new IllegalArgumentException("maxSegmentsPerSecond must be 0 (no limit) or positive");
        }
        if (conf.getMaxSegments() < 0) {
            throw new IllegalArgumentException("maxSegments must be 0 (no limit) or positive");
        }
        requirePositive("maxMediaSize", conf.getMaxMediaSize());
        requirePositive("maxRetryAfter", conf.getMaxRetryAfter());
        if (conf.getProxyPort() != null && conf.getProxyHost() == null) {
            throw new IllegalArgumentException("proxyPort is set but proxyHost is not");
        }
        validateMessageDefaults(conf);
        validateCallbacks(conf);
    }

    /**
     * Checks the endpoint's message defaults once, so that a wrong one fails the route at start-up instead of every
     * message (headers are still checked per message).
     */
    private static void validateMessageDefaults(BandwidthSmsConfiguration conf) {
        if (conf.getFrom() != null && !PhoneNumbers.isSender(PhoneNumbers.repairDecodedPlus(conf.getFrom()))) {
            throw new IllegalArgumentException("from must be a number in E.164 format or an alphanumeric sender ID");
        }
        if (conf.getTo() != null) {
            for (String number : Coercion.commaSeparated(conf.getTo())) {
                if (!PhoneNumbers.isE164(PhoneNumbers.repairDecodedPlus(number))) {
                    throw new IllegalArgumentException("to must list numbers in E.164 format, comma-separated");
                }
            }
        }
        OverridableFields.of(conf.getOverridableFields());
        try {
            Coercion.dateTime(conf.getExpiration(), "expiration", Clock.systemUTC());
        } catch (BandwidthValidationException e) {
            throw new IllegalArgumentException("expiration must be an RFC 3339 date-time or an ISO-8601 duration");
        }
    }

    /**
     * Checks the consumer options, which have defaults: a producer endpoint passes unless they were set wrong.
     */
    private static void validateCallbacks(BandwidthSmsConfiguration conf) {
        String path = conf.getWebhookPath();
        if (path == null || !WEBHOOK_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("webhookPath must be an absolute path such as /bandwidth/callbacks"
                                               + " (letters, digits, '-', '_', '.', '~' and '/')");
        }
        if (conf.hasCallbackCredentials()
                && (ObjectHelper.isEmpty(conf.getCallbackUsername())
                    || ObjectHelper.isEmpty(conf.getCallbackPassword()))) {
            throw new IllegalArgumentException("Callback authentication needs both callbackUsername and"
                                               + " callbackPassword");
        }
        if (conf.getCallbackUsername() != null && conf.getCallbackUsername().indexOf(':') >= 0) {
            throw new IllegalArgumentException("callbackUsername must not contain ':' (HTTP Basic cannot carry it)");
        }
        requirePositive("maxBodySize", conf.getMaxBodySize());
        requirePositive("maxEventsPerRequest", conf.getMaxEventsPerRequest());
    }

    /**
     * Checks what receiving callbacks needs: credentials, unless unauthenticated callbacks are explicitly allowed, and
     * then no idempotent repository (a forged event would claim the key of the real one, which would be dropped).
     */
    public static void validateForReceiving(BandwidthSmsConfiguration conf) {
        if (conf.hasCallbackCredentials()) {
            return;
        }
        if (!conf.isAllowUnauthenticatedCallbacks()) {
            throw new IllegalArgumentException("Callback credentials are missing: set callbackUsername and"
                                               + " callbackPassword to the Bandwidth application's callback"
                                               + " credentials (or, only where nothing but Bandwidth can reach the"
                                               + " path, allowUnauthenticatedCallbacks=true)");
        }
        if (conf.getIdempotentRepository() != null) {
            throw new IllegalArgumentException("idempotentRepository needs callbackUsername and callbackPassword:"
                                               + " without them anyone could post a forged event whose key would"
                                               + " make the real event be dropped as a duplicate");
        }
    }

    /**
     * Checks what sending needs: one complete credential pair.
     */
    public static void validateForSending(BandwidthSmsConfiguration conf) {
        boolean oauth = conf.usesOAuth();
        boolean basic = conf.usesBasic();
        if (!oauth && !basic) {
            throw new IllegalArgumentException("Bandwidth credentials are missing: set clientId and clientSecret (OAuth2"
                                               + " client credentials) or, legacy until 2026-12-02, username and password");
        }
    }

    /**
     * An absolute https URL; plain http only to loopback (a simulator or mock on this machine) unless allowed.
     */
    private static void requireSecureUri(String option, String value, boolean allowPlainHttp) {
        URI uri = Coercion.httpUrl(value);
        if (uri == null) {
            throw new IllegalArgumentException(option + " must be an absolute https URL");
        }
        if (uri.getScheme().equalsIgnoreCase("http") && !allowPlainHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(option + " uses plain http to " + uri.getHost() + ": use https, or set"
                                               + " allowPlainHttp=true for a test mock");
        }
    }

    /**
     * Whether the host is certainly this machine: an IP literal that is a loopback address, or {@code localhost}
     * whose every address is one. Any other name could be anyone's ({@code 127.evil.example}).
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        try {
            if (h.equals("localhost")) {
                return Arrays.stream(InetAddress.getAllByName(h)).allMatch(InetAddress::isLoopbackAddress);
            }
            if (IPV4_LITERAL.matcher(h).matches() || h.startsWith("[") && h.endsWith("]")) {
                // a literal: parsed, never looked up
                return InetAddress.getByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h).isLoopbackAddress();
            }
        } catch (UnknownHostException e) {
            return false;
        }
        return false;
    }

    private static void requirePositive(String option, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
    }

}
