package io.camelbandwidth.messaging;

import io.camelbandwidth.messaging.model.MessagePriority;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of a {@code bandwidth-sms} endpoint. Every option can also be set once on the component; each endpoint
 * then starts from its own copy.
 */
@UriParams
@Configurer
public class BandwidthSmsConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URI = "https://messaging.bandwidth.com/api/v2";
    public static final String DEFAULT_OAUTH_TOKEN_URI = "https://api.bandwidth.com/api/v1/oauth2/token";
    public static final String DEFAULT_WEBHOOK_PATH = "/bandwidth/callbacks";
    public static final long DEFAULT_MAX_BODY_SIZE = 1048576;
    public static final int DEFAULT_MAX_EVENTS_PER_REQUEST = 1000;

    @UriPath(description = "The Bandwidth account id (the 7-digit id shown in the Bandwidth App).")
    @Metadata(required = true)
    private String accountId;

    @UriParam(label = "producer",
              description = "The Bandwidth messaging application of the sending number. Required to send, unless every"
                            + " exchange carries the header CamelBandwidthApplicationId, which overrides it; a consumer"
                            + " needs none.")
    private String applicationId;
    @UriParam(label = "producer",
              description = "The sender: a Bandwidth number in E.164 format (a plus sign and up to 15 digits; in a URI"
                            + " write the plus sign as is, as %2B, or the whole number as RAW(...)) or an alphanumeric"
                            + " sender ID. The header CamelBandwidthFrom overrides it.")
    private String from;
    @UriParam(label = "producer",
              description = "Default recipient(s) in E.164 format, comma-separated; more than one makes a group message."
                            + " The header CamelBandwidthTo overrides it.")
    private String to;
    @UriParam(label = "producer",
              description = "Default media URL(s), comma-separated, that make the message an MMS (a URL that"
                            + " contains a comma needs the header CamelBandwidthMedia as a List). The header"
                            + " CamelBandwidthMedia overrides it.")
    private String media;
    @UriParam(label = "producer",
              description = "Default tag (max 1024 characters) that Bandwidth echoes in every callback of the message, to"
                            + " correlate delivery events. Do not put personal data or secrets in it. The header"
                            + " CamelBandwidthTag overrides it.")
    private String tag;
    @UriParam(label = "producer", enums = "default,high",
              description = "The sending priority within the account's queue. Reserve high for critical messages. The"
                            + " header CamelBandwidthPriority overrides it.")
    private MessagePriority priority;
    @UriParam(label = "producer",
              description = "When a message expires if Bandwidth has not sent it by then: an RFC 3339 date-time"
                            + " (2026-12-24T18:00:00Z) or an ISO-8601 duration counted from the moment of sending (PT1H)."
                            + " The header CamelBandwidthExpiration overrides it.")
    private String expiration;

    @UriParam(label = "producer,security",
              description = "The request fields an exchange may set, comma-separated, from: to, from, applicationId,"
                            + " media, tag, priority, expiration. A MessageRequest or Map body, or a CamelBandwidth*"
                            + " header, that sets a field not listed fails with BandwidthValidationException before"
                            + " anything is sent: the field comes from the endpoint option only. The text always comes"
                            + " from the exchange. Unset: every field may be set. Set it wherever bodies or headers come"
                            + " from outside (a REST service, a queue other systems write to), e.g. to,tag so that a"
                            + " caller may choose the recipients and the tag but not the sender, the application or"
                            + " media.")
    private String overridableFields;

    // --- operations, local media and the segment guard (beyond sending) ---
    @UriParam(label = "producer", defaultValue = "sendMessage",
              description = "What the producer does: sendMessage (the default), listMessages, uploadMedia, getMedia,"
                            + " listMedia, deleteMedia or sendMultiChannelMessage (Beta: RBM with SMS/MMS fallback)."
                            + " The header CamelBandwidthOperation overrides it.")
    private BandwidthOperation operation = BandwidthOperation.sendMessage;
    @UriParam(label = "producer", defaultValue = "0",
              description = "The most segments a message may cost: a text estimated at more segments (GSM-7 160/153,"
                            + " UCS-2 70/67 characters) is refused with a BandwidthSegmentLimitException before"
                            + " anything is sent. 0 means no limit; an MMS counts one segment.")
    private int maxSegments;
    @UriParam(label = "producer", defaultValue = "3500000",
              description = "The largest local media file, in bytes, that the producer uploads (sendMessage with a"
                            + " picture body or CamelBandwidthMedia file, and uploadMedia); larger ones are refused"
                            + " before any request. Bandwidth accepts up to 3.5 MB per MMS file; carriers deliver less"
                            + " (toll-free 525 KB in all, AT&T and T-Mobile about 1 MB).")
    private long maxMediaSize = 3500000;
    @UriParam(label = "producer", defaultValue = "false",
              description = "Delete the media that sendMessage uploaded from local content once Bandwidth accepted the"
                            + " message. Off by default: Bandwidth fetches the media when it delivers the MMS, after"
                            + " accepting it, so deleting at once can make delivery fail. Uploads for a message that"
                            + " was certainly not sent are always deleted.")
    private boolean deleteMediaAfterSend;
    @UriParam(label = "producer", defaultValue = "0",
              description = "Spreads sends so that at most this many segments per second (segments times recipients,"
                            + " the unit Bandwidth's account queue counts) leave for the account, up to one second's"
                            + " worth at once: bulk sends then stay inside the account's queue instead of hitting 429s."
                            + " Shared by the endpoints of the component that send for the same account at the same"
                            + " rate. Sends wait without"
                            + " holding a thread, so keep the route's intake bounded too (e.g. JMS consumers or"
                            + " throttle). 0 means no limit.")
    private int maxSegmentsPerSecond;
    @UriParam(label = "producer,advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest delay a Retry-After answer (a 429 or 5xx, or the back-off of a failed OAuth2"
                            + " token request) may set for Camel's next redelivery, in milliseconds (or a duration"
                            + " such as 60s). A longer one is cut to this, so that a server asking for a day (or a"
                            + " value too large to count) cannot park the exchange that long; the exception keeps the"
                            + " server's value in getRetryAfter().")
    private long maxRetryAfter = 60000;
    @UriParam(label = "producer,advanced", defaultValue = "false",
              description = "Applies maxSegmentsPerSecond to each sending number of the account instead of to the"
                            + " account as a whole (for numbers with their own carrier throughput, such as a toll-free"
                            + " number or a 10DLC campaign).")
    private boolean rateLimitPerNumber;
    @UriParam(label = "producer,advanced",
              description = "Decides when sends may leave to stay within maxSegmentsPerSecond. The default is local to"
                            + " the component, so each instance of a fleet gets the whole rate: bind a distributed"
                            + " implementation (such as HazelcastRateLimiter of"
                            + " camel-bandwidth-messaging-ratelimit-hazelcast) to share the account's rate across the"
                            + " fleet.")
    @Metadata(autowired = true)
    private BandwidthRateLimiter rateLimiter;

    // --- receiving callbacks (consumer) ---
    @UriParam(label = "consumer", defaultValue = DEFAULT_WEBHOOK_PATH,
              description = "The HTTP path (on the platform-http server of the runtime) where Bandwidth posts the"
                            + " callbacks: set the application's InboundCallbackUrl and OutboundCallbackUrl to"
                            + " https://{your host}{webhookPath}. Only POST is accepted.")
    private String webhookPath = DEFAULT_WEBHOOK_PATH;
    @UriParam(label = "consumer,security", secret = true,
              description = "The user name Bandwidth sends with callbacks (the application's callback credentials,"
                            + " InboundCallbackCreds/OutboundCallbackCreds). With callbackPassword set, a callback"
                            + " without these credentials is challenged with 401 and WWW-Authenticate: Basic, and one"
                            + " with wrong credentials is refused, before the server reads its body. A consumer needs"
                            + " them unless allowUnauthenticatedCallbacks is set.")
    private String callbackUsername;
    @UriParam(label = "consumer,security", secret = true,
              description = "The password Bandwidth sends with callbacks; see callbackUsername.")
    private String callbackPassword;
    @UriParam(label = "consumer,security", defaultValue = "false",
              description = "Lets a consumer without callbackUsername and callbackPassword start and accept every"
                            + " request: anyone who can reach the path can then post events that look like"
                            + " Bandwidth's. Only where something else keeps strangers out (a proxy that authenticates,"
                            + " a firewall that admits only Bandwidth's source addresses). Cannot be combined with"
                            + " idempotentRepository, which forged events could fill with the keys of real ones.")
    private boolean allowUnauthenticatedCallbacks;
    @UriParam(label = "consumer",
              description = "Drops events already processed, because Bandwidth delivers callbacks at least once (and"
                            + " retries a whole batch when one event failed). The key is message id, event type and"
                            + " recipient; a key is removed again when its event fails in the route, so that"
                            + " Bandwidth's retry processes it. Use a persistent or shared repository when several"
                            + " instances receive callbacks.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer,advanced", defaultValue = "1048576",
              description = "The largest callback body accepted, in bytes; a larger one is answered 413 and reaches no"
                            + " route. A declared Content-Length is checked before the body is read; a chunked body is"
                            + " bounded while it is read by the HTTP server's own limit (camel.server.maxBodySize on"
                            + " Vert.x): set that to this value, or to the largest body any route of the server needs.")
    private long maxBodySize = DEFAULT_MAX_BODY_SIZE;
    @UriParam(label = "consumer,advanced", defaultValue = "1000",
              description = "The most events one callback request may carry; a request with more is answered 413 and"
                            + " none of its events reaches the route. The default leaves a wide margin over Bandwidth's"
                            + " batches.")
    private int maxEventsPerRequest = DEFAULT_MAX_EVENTS_PER_REQUEST;

    @UriParam(label = "security", secret = true,
              description = "The OAuth2 client id of a Bandwidth API credential. OAuth2 client credentials are the default"
                            + " authentication (Bandwidth ends username/password API users on 2026-12-02). Set either"
                            + " clientId and clientSecret, or username and password.")
    private String clientId;
    @UriParam(label = "security", secret = true,
              description = "The OAuth2 client secret of a Bandwidth API credential.")
    private String clientSecret;
    @UriParam(label = "security", defaultValue = DEFAULT_OAUTH_TOKEN_URI,
              description = "Where OAuth2 access tokens are requested (client credentials grant).")
    private String oauthTokenUri = DEFAULT_OAUTH_TOKEN_URI;
    @UriParam(label = "security", secret = true,
              description = "Legacy: the username of a Bandwidth API user for HTTP Basic authentication. Bandwidth"
                            + " decommissions API users on 2026-12-02; use clientId and clientSecret.")
    private String username;
    @UriParam(label = "security", secret = true,
              description = "Legacy: the password of a Bandwidth API user for HTTP Basic authentication.")
    private String password;
    @UriParam(label = "security",
              description = "TLS settings (trust store, key store, protocols) for the connections to Bandwidth and to the"
                            + " token endpoint. Without them the JVM's default trust store verifies servers.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "security", defaultValue = "false",
              description = "Allow baseUri and oauthTokenUri to use plain http to a host other than loopback (for a mock"
                            + " on a test network). Off by default: credentials, tokens and messages would travel"
                            + " unencrypted.")
    private boolean allowPlainHttp;

    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URI,
              description = "The base URI of the Bandwidth Messaging API; messages are posted to"
                            + " {baseUri}/users/{accountId}/messages. Change it to use a simulator or a mock.")
    private String baseUri = DEFAULT_BASE_URI;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a TCP connection to Bandwidth, in milliseconds (or a duration such as"
                            + " 10s). A send that fails to connect was never sent and is safe to retry.")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long to wait for Bandwidth's answer once the request is sent, in milliseconds (or a"
                            + " duration such as 30s). A send that times out here may have been accepted.")
    private long responseTimeout = 30000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long a send may wait for a free pooled connection, in milliseconds (or a duration such"
                            + " as 30s).")
    private long connectionRequestTimeout = 30000;
    @UriParam(label = "advanced", defaultValue = "200",
              description = "The maximum number of pooled connections (shared by the endpoints of the component that have"
                            + " the same connection settings).")
    private int maxTotalConnections = 200;
    @UriParam(label = "advanced", defaultValue = "100",
              description = "The maximum number of pooled connections per host, which bounds the requests in flight to"
                            + " Bandwidth.")
    private int connectionsPerRoute = 100;
    @UriParam(label = "advanced", defaultValue = "2000", javaType = "java.time.Duration",
              description = "A pooled connection idle for longer than this, in milliseconds, is checked before it is"
                            + " reused, so that a connection the server closed is never used for a message.")
    private long validateAfterInactivity = 2000;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Pooled connections idle for longer than this, in milliseconds (or a duration such as 30s),"
                            + " are closed by the client. Keep it below the keep-alive timeout of the servers and load"
                            + " balancers on the way, so that the client closes an idle connection before they do: a"
                            + " request written on a connection the server is closing at that moment may have been"
                            + " sent. 0 keeps idle connections until the server closes them.")
    private long connectionMaxIdleTime = 30000;
    @UriParam(label = "advanced", defaultValue = "false",
              description = "Continue the exchange on the HTTP client's I/O thread when Bandwidth answers, instead of on"
                            + " the component's thread pool. Saves a thread hop per message (it matters when the client"
                            + " has a single core), but then any blocking step later in the route (a JMS or file"
                            + " write, a redelivery delay without asyncDelayedRedelivery) holds an I/O thread and"
                            + " stalls every other request in flight. Enable only for routes that never block after"
                            + " the producer.")
    private boolean completionOnIoThread;

    @UriParam(label = "proxy", description = "The host of an HTTP proxy to reach Bandwidth through.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "The port of the HTTP proxy.")
    private Integer proxyPort;
    @UriParam(label = "proxy", secret = true, description = "The username for the HTTP proxy, if it needs authentication.")
    private String proxyAuthUsername;
    @UriParam(label = "proxy", secret = true, description = "The password for the HTTP proxy.")
    private String proxyAuthPassword;

    /**
     * A copy for one endpoint, so that endpoints never share mutable configuration.
     */
    public BandwidthSmsConfiguration copy() {
        try {
            return (BandwidthSmsConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /**
     * Whether OAuth2 client credentials are configured (as opposed to legacy Basic).
     */
    public boolean usesOAuth() {
        return clientId != null || clientSecret != null;
    }

    /**
     * Whether legacy Basic credentials (username, password) are configured.
     */
    public boolean usesBasic() {
        return username != null || password != null;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getMedia() {
        return media;
    }

    public void setMedia(String media) {
        this.media = media;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public MessagePriority getPriority() {
        return priority;
    }

    public void setPriority(MessagePriority priority) {
        this.priority = priority;
    }

    public String getOverridableFields() {
        return overridableFields;
    }

    public void setOverridableFields(String overridableFields) {
        this.overridableFields = overridableFields;
    }

    public String getExpiration() {
        return expiration;
    }

    public void setExpiration(String expiration) {
        this.expiration = expiration;
    }

    public BandwidthOperation getOperation() {
        return operation;
    }

    public void setOperation(BandwidthOperation operation) {
        this.operation = operation;
    }

    public int getMaxSegments() {
        return maxSegments;
    }

    public void setMaxSegments(int maxSegments) {
        this.maxSegments = maxSegments;
    }

    public long getMaxMediaSize() {
        return maxMediaSize;
    }

    public void setMaxMediaSize(long maxMediaSize) {
        this.maxMediaSize = maxMediaSize;
    }

    public int getMaxSegmentsPerSecond() {
        return maxSegmentsPerSecond;
    }

    public void setMaxSegmentsPerSecond(int maxSegmentsPerSecond) {
        this.maxSegmentsPerSecond = maxSegmentsPerSecond;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public boolean isRateLimitPerNumber() {
        return rateLimitPerNumber;
    }

    public void setRateLimitPerNumber(boolean rateLimitPerNumber) {
        this.rateLimitPerNumber = rateLimitPerNumber;
    }

    public BandwidthRateLimiter getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(BandwidthRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public boolean isDeleteMediaAfterSend() {
        return deleteMediaAfterSend;
    }

    public void setDeleteMediaAfterSend(boolean deleteMediaAfterSend) {
        this.deleteMediaAfterSend = deleteMediaAfterSend;
    }

    /**
     * Whether callback credentials are configured (the consumer then challenges and checks every callback).
     */
    public boolean hasCallbackCredentials() {
        return callbackUsername != null || callbackPassword != null;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getCallbackUsername() {
        return callbackUsername;
    }

    public void setCallbackUsername(String callbackUsername) {
        this.callbackUsername = callbackUsername;
    }

    public String getCallbackPassword() {
        return callbackPassword;
    }

    public void setCallbackPassword(String callbackPassword) {
        this.callbackPassword = callbackPassword;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public long getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public int getMaxEventsPerRequest() {
        return maxEventsPerRequest;
    }

    public void setMaxEventsPerRequest(int maxEventsPerRequest) {
        this.maxEventsPerRequest = maxEventsPerRequest;
    }

    public boolean isAllowUnauthenticatedCallbacks() {
        return allowUnauthenticatedCallbacks;
    }

    public void setAllowUnauthenticatedCallbacks(boolean allowUnauthenticatedCallbacks) {
        this.allowUnauthenticatedCallbacks = allowUnauthenticatedCallbacks;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getOauthTokenUri() {
        return oauthTokenUri;
    }

    public void setOauthTokenUri(String oauthTokenUri) {
        this.oauthTokenUri = oauthTokenUri;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    public String getBaseUri() {
        return baseUri;
    }

    public void setBaseUri(String baseUri) {
        this.baseUri = baseUri;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public int getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(int maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public int getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(int connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public long getValidateAfterInactivity() {
        return validateAfterInactivity;
    }

    public void setValidateAfterInactivity(long validateAfterInactivity) {
        this.validateAfterInactivity = validateAfterInactivity;
    }

    public long getConnectionMaxIdleTime() {
        return connectionMaxIdleTime;
    }

    public void setConnectionMaxIdleTime(long connectionMaxIdleTime) {
        this.connectionMaxIdleTime = connectionMaxIdleTime;
    }

    public boolean isCompletionOnIoThread() {
        return completionOnIoThread;
    }

    public void setCompletionOnIoThread(boolean completionOnIoThread) {
        this.completionOnIoThread = completionOnIoThread;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }
}
