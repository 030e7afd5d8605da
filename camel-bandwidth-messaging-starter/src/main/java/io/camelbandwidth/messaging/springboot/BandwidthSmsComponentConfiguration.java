package io.camelbandwidth.messaging.springboot;

import java.time.Duration;

import io.camelbandwidth.messaging.BandwidthOperation;
import io.camelbandwidth.messaging.BandwidthRateLimiter;
import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import io.camelbandwidth.messaging.model.MessagePriority;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of the {@code bandwidth-sms} component as Spring Boot properties under
 * {@code camel.component.bandwidth-sms}: one property per component option of the component JSON (a test keeps them in
 * step). Only properties that are set reach the component, so the component's defaults apply otherwise (the defaults
 * shown to IDEs come from {@code additional-spring-configuration-metadata.json}).
 */
@ConfigurationProperties(prefix = BandwidthSmsComponentConfiguration.PREFIX)
public class BandwidthSmsComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    public static final String PREFIX = "camel.component.bandwidth-sms";

    /**
     * The Bandwidth messaging application of the sending number. Required to send; the header
     * CamelBandwidthApplicationId overrides it.
     */
    private String applicationId;

    /**
     * Options shared by every endpoint of this component; an endpoint URI overrides them. The option is a
     * io.camelbandwidth.messaging.BandwidthSmsConfiguration type; refer to a bean with #bean:name.
     */
    private BandwidthSmsConfiguration configuration;

    /**
     * When a message expires if Bandwidth has not sent it by then: an RFC 3339 date-time (2026-12-24T18:00:00Z) or
     * an ISO-8601 duration counted from the moment of sending (PT1H). The header CamelBandwidthExpiration overrides
     * it.
     */
    private String expiration;

    /**
     * The sender: a Bandwidth number in E.164 format (+15551234567) or an alphanumeric sender ID. The header
     * CamelBandwidthFrom overrides it.
     */
    private String from;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing. Default: false.
     */
    private Boolean lazyStartProducer;

    /**
     * The request fields an exchange may set, comma-separated, from: to, from, applicationId, media, tag, priority,
     * expiration. A MessageRequest or Map body, or a CamelBandwidth* header, that sets a field not listed fails with
     * BandwidthValidationException before anything is sent: the field comes from the endpoint option only. The text
     * always comes from the exchange. Unset: every field may be set. Set it wherever bodies or headers come from
     * outside (a REST service, a queue other systems write to), e.g. to,tag so that a caller may choose the recipients
     * and the tag but not the sender, the application or media.
     */
    private String overridableFields;
    /**
     * Default media URL(s), comma-separated, that make the message an MMS (a URL that contains a comma needs the header
     * CamelBandwidthMedia as a List). The header CamelBandwidthMedia overrides it.
     */
    private String media;

    /**
     * The sending priority within the account's queue. Reserve high for critical messages. The header
     * CamelBandwidthPriority overrides it.
     */
    private MessagePriority priority;

    /**
     * Default tag (max 1024 characters) that Bandwidth echoes in every callback of the message, to correlate
     * delivery events. Do not put personal data or secrets in it. The header CamelBandwidthTag overrides it.
     */
    private String tag;

    /**
     * Default recipient(s) in E.164 format, comma-separated; more than one makes a group message. The header
     * CamelBandwidthTo overrides it.
     */
    private String to;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc. Default: true.
     */
    private Boolean autowiredEnabled;

    /**
     * The base URI of the Bandwidth Messaging API; messages are posted to {baseUri}/users/{accountId}/messages.
     * Change it to use a simulator or a mock. Default: https://messaging.bandwidth.com/api/v2.
     */
    private String baseUri;

    /**
     * How long a send may wait for a free pooled connection, in milliseconds (or a duration such as 30s). A plain
     * number is read as milliseconds; a Spring Boot duration such as 10s also works. Default: 30000 ms.
     */
    private Duration connectionRequestTimeout;

    /**
     * The maximum number of pooled connections per host, which bounds the requests in flight to Bandwidth. Default:
     * 100.
     */
    private Integer connectionsPerRoute;

    /**
     * How long to wait for a TCP connection to Bandwidth, in milliseconds (or a duration such as 10s). A send that
     * fails to connect was never sent and is safe to retry. A plain number is read as milliseconds; a Spring Boot
     * duration such as 10s also works. Default: 10000 ms.
     */
    private Duration connectTimeout;

    /**
     * The maximum number of pooled connections (shared by the endpoints of the component that have the same
     * connection settings). Default: 200.
     */
    private Integer maxTotalConnections;

    /**
     * How long to wait for Bandwidth's answer once the request is sent, in milliseconds (or a duration such as 30s).
     * A send that times out here may have been accepted. A plain number is read as milliseconds; a Spring Boot
     * duration such as 10s also works. Default: 30000 ms.
     */
    private Duration responseTimeout;

    /**
     * A pooled connection idle for longer than this, in milliseconds, is checked before it is reused, so that a
     * connection the server closed is never used for a message. A plain number is read as milliseconds; a Spring
     * Boot duration such as 10s also works. Default: 2000 ms.
     */
    private Duration validateAfterInactivity;

    /**
     * The password for the HTTP proxy. A secret: never logged; set it from the environment (${BANDWIDTH_...}) rather
     * than in a file.
     */
    private String proxyAuthPassword;

    /**
     * The username for the HTTP proxy, if it needs authentication. A secret: never logged; set it from the
     * environment (${BANDWIDTH_...}) rather than in a file.
     */
    private String proxyAuthUsername;

    /**
     * The host of an HTTP proxy to reach Bandwidth through.
     */
    private String proxyHost;

    /**
     * The port of the HTTP proxy.
     */
    private Integer proxyPort;

    /**
     * The OAuth2 client id of a Bandwidth API credential. OAuth2 client credentials are the default authentication
     * (Bandwidth ends username/password API users on 2026-12-02). Set either clientId and clientSecret, or username
     * and password. A secret: never logged; set it from the environment (${BANDWIDTH_...}) rather than in a file.
     */
    private String clientId;

    /**
     * The OAuth2 client secret of a Bandwidth API credential. A secret: never logged; set it from the environment
     * (${BANDWIDTH_...}) rather than in a file.
     */
    private String clientSecret;

    /**
     * Where OAuth2 access tokens are requested (client credentials grant). Default:
     * https://api.bandwidth.com/api/v1/oauth2/token.
     */
    private String oauthTokenUri;

    /**
     * Legacy: the password of a Bandwidth API user for HTTP Basic authentication. A secret: never logged; set it
     * from the environment (${BANDWIDTH_...}) rather than in a file.
     */
    private String password;

    /**
     * TLS settings (trust store, key store, protocols) for the connections to Bandwidth and to the token endpoint.
     * Without them the JVM's default trust store verifies servers. The option is a
     * org.apache.camel.support.jsse.SSLContextParameters type; refer to a bean with #bean:name.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * Use the global SSLContextParameters of the Camel context when no sslContextParameters are set. Default: false.
     */
    private Boolean useGlobalSslContextParameters;

    /**
     * Legacy: the username of a Bandwidth API user for HTTP Basic authentication. Bandwidth decommissions API users
     * on 2026-12-02; use clientId and clientSecret. A secret: never logged; set it from the environment
     * (${BANDWIDTH_...}) rather than in a file.
     */
    private String username;

    /**
     * Allow baseUri and oauthTokenUri to use plain http to a host other than loopback (for a mock on a test network).
     * Off by default: credentials, tokens and messages would travel unencrypted. Default: False.
     */
    private Boolean allowPlainHttp;

    /**
     * Lets a consumer without callbackUsername and callbackPassword start and accept every request: anyone who can
     * reach the path can then post events that look like Bandwidth's. Only where something else keeps strangers out
     * (a proxy that authenticates, a firewall that admits only Bandwidth's source addresses). Cannot be combined with
     * idempotentRepository, which forged events could fill with the keys of real ones. Default: False.
     */
    private Boolean allowUnauthenticatedCallbacks;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored. Default: False.
     */
    private Boolean bridgeErrorHandler;

    /**
     * The password Bandwidth sends with callbacks; see callbackUsername. A secret: never logged; set it from the
     * environment (${BANDWIDTH_...}) rather than in a file.
     */
    private String callbackPassword;

    /**
     * The user name Bandwidth sends with callbacks (the application's callback credentials,
     * InboundCallbackCreds/OutboundCallbackCreds). With callbackPassword set, a callback without these credentials is
     * challenged with 401 and WWW-Authenticate: Basic, and one with wrong credentials is refused, before the server
     * reads its body. A consumer needs them unless allowUnauthenticatedCallbacks is set. A secret: never logged; set
     * it from the environment (${BANDWIDTH_...}) rather than in a file.
     */
    private String callbackUsername;

    /**
     * Delete the media that sendMessage uploaded from local content once Bandwidth accepted the message. Off by
     * default: Bandwidth fetches the media when it delivers the MMS, after accepting it, so deleting at once can make
     * delivery fail. Uploads for a message that was certainly not sent are always deleted. Default: False.
     */
    private Boolean deleteMediaAfterSend;

    /**
     * Used for enabling or disabling all consumer based health checks from this component Default: True.
     */
    private Boolean healthCheckConsumerEnabled;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true. Default: True.
     */
    private Boolean healthCheckProducerEnabled;

    /**
     * Drops events already processed, because Bandwidth delivers callbacks at least once (and retries a whole batch
     * when one event failed). The key is message id, event type and recipient; a key is removed again when its event
     * fails in the route, so that Bandwidth's retry processes it. Use a persistent or shared repository when several
     * instances receive callbacks. The option is a org.apache.camel.spi.IdempotentRepository type; refer to a bean
     * with #bean:name.
     */
    private IdempotentRepository idempotentRepository;

    /**
     * The largest callback body accepted, in bytes; a larger one is answered 413 and reaches no route. A declared
     * Content-Length is checked before the body is read; a chunked body is bounded while it is read by the HTTP
     * server's own limit (camel.server.maxBodySize on Vert.x): set that to this value, or to the largest body any
     * route of the server needs. Default: 1048576.
     */
    private Long maxBodySize;

    /**
     * The most events one callback request may carry; a request with more is answered 413 and none of its events
     * reaches the route. The default leaves a wide margin over Bandwidth's batches. Default: 1000.
     */
    private Integer maxEventsPerRequest;

    /**
     * The largest local media file, in bytes, that the producer uploads (sendMessage with a picture body or
     * CamelBandwidthMedia file, and uploadMedia); larger ones are refused before any request. Bandwidth accepts up to
     * 3.5 MB per MMS file; carriers deliver less (toll-free 525 KB in all, AT&T and T-Mobile about 1 MB). Default:
     * 3500000.
     */
    private Long maxMediaSize;

    /**
     * The most segments a message may cost: a text estimated at more segments (GSM-7 160/153, UCS-2 70/67 characters)
     * is refused with a BandwidthSegmentLimitException before anything is sent. 0 means no limit; an MMS counts one
     * segment. Default: 0.
     */
    private Integer maxSegments;

    /**
     * What the producer does: sendMessage (the default), listMessages, uploadMedia, getMedia, listMedia, deleteMedia
     * or sendMultiChannelMessage (Beta: RBM with SMS/MMS fallback). The header CamelBandwidthOperation overrides it.
     * Default: sendMessage.
     */
    private BandwidthOperation operation;

    /**
     * The HTTP path (on the platform-http server of the runtime) where Bandwidth posts the callbacks: set the
     * application's InboundCallbackUrl and OutboundCallbackUrl to https://{your host}{webhookPath}. Only POST is
     * accepted. Default: /bandwidth/callbacks.
     */
    private String webhookPath;

    /**
     * Spreads sends so that at most this many segments per second (segments times recipients, the unit Bandwidth's
     * account queue counts) leave for the account, up to one second's worth at once: bulk sends then stay inside the
     * account's queue instead of hitting 429s. Shared by the endpoints of the component for the same account. Sends
     * wait without holding a thread, so keep the route's intake bounded too (e.g. JMS consumers or throttle). 0 means
     * no limit. Default: 0.
     */
    private Integer maxSegmentsPerSecond;
    /**
     * The longest delay a Retry-After answer (a 429 or 5xx, or the back-off of a failed OAuth2 token request) may set
     * for Camel's next redelivery. A longer one is cut to this, so that a server asking for a day (or a value too large
     * to count) cannot park the exchange that long; the exception keeps the server's value in getRetryAfter(). A plain
     * number is read as milliseconds; a Spring Boot duration such as 60s also works. Default: 60000 ms.
     */
    private Duration maxRetryAfter;
    /**
     * Applies maxSegmentsPerSecond to each sending number of the account instead of to the account as a whole (for
     * numbers with their own carrier throughput, such as a toll-free number or a 10DLC campaign).
     */
    private Boolean rateLimitPerNumber = false;
    /**
     * Decides when sends may leave to stay within maxSegmentsPerSecond. The default is local to the component, so
     * each instance of a fleet gets the whole rate: bind a distributed implementation (such as HazelcastRateLimiter of
     * camel-bandwidth-messaging-ratelimit-hazelcast) to share the account's rate across the fleet. The option is a
     * io.camelbandwidth.messaging.BandwidthRateLimiter type; refer to a bean with #bean:name.
     */
    private BandwidthRateLimiter rateLimiter;

    /**
     * Continue the exchange on the HTTP client's I/O thread when Bandwidth answers, instead of on the component's
     * thread pool. Saves a thread hop per message (it matters when the client has a single core), but then any
     * blocking step later in the route (a JMS or file write, a redelivery delay without asyncDelayedRedelivery) holds
     * an I/O thread and stalls every other request in flight. Enable only for routes that never block after the
     * producer. Default: false.
     */
    private Boolean completionOnIoThread;

    /**
     * Pooled connections idle for longer than this, in milliseconds (or a duration such as 30s), are closed by the
     * client. Keep it below the keep-alive timeout of the servers and load balancers on the way, so that the client
     * closes an idle connection before they do: a request written on a connection the server is closing at that moment
     * may have been sent. 0 keeps idle connections until the server closes them. A plain number is read as
     * milliseconds; a Spring Boot duration such as 30s also works. Default: 30000 ms.
     */
    private Duration connectionMaxIdleTime;

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    public BandwidthSmsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(BandwidthSmsConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getExpiration() {
        return expiration;
    }

    public void setExpiration(String expiration) {
        this.expiration = expiration;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getMedia() {
        return media;
    }

    public void setMedia(String media) {
        this.media = media;
    }

    public MessagePriority getPriority() {
        return priority;
    }

    public void setPriority(MessagePriority priority) {
        this.priority = priority;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public String getBaseUri() {
        return baseUri;
    }

    public void setBaseUri(String baseUri) {
        this.baseUri = baseUri;
    }

    public Duration getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(Duration connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public Integer getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(Integer connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(Integer maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Duration getValidateAfterInactivity() {
        return validateAfterInactivity;
    }

    public void setValidateAfterInactivity(Duration validateAfterInactivity) {
        this.validateAfterInactivity = validateAfterInactivity;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
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

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Boolean getAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(Boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    public Boolean getAllowUnauthenticatedCallbacks() {
        return allowUnauthenticatedCallbacks;
    }

    public void setAllowUnauthenticatedCallbacks(Boolean allowUnauthenticatedCallbacks) {
        this.allowUnauthenticatedCallbacks = allowUnauthenticatedCallbacks;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public String getCallbackPassword() {
        return callbackPassword;
    }

    public void setCallbackPassword(String callbackPassword) {
        this.callbackPassword = callbackPassword;
    }

    public String getCallbackUsername() {
        return callbackUsername;
    }

    public void setCallbackUsername(String callbackUsername) {
        this.callbackUsername = callbackUsername;
    }

    public Boolean getDeleteMediaAfterSend() {
        return deleteMediaAfterSend;
    }

    public void setDeleteMediaAfterSend(Boolean deleteMediaAfterSend) {
        this.deleteMediaAfterSend = deleteMediaAfterSend;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public Long getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(Long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public Integer getMaxEventsPerRequest() {
        return maxEventsPerRequest;
    }

    public void setMaxEventsPerRequest(Integer maxEventsPerRequest) {
        this.maxEventsPerRequest = maxEventsPerRequest;
    }

    public Long getMaxMediaSize() {
        return maxMediaSize;
    }

    public void setMaxMediaSize(Long maxMediaSize) {
        this.maxMediaSize = maxMediaSize;
    }

    public Integer getMaxSegments() {
        return maxSegments;
    }

    public void setMaxSegments(Integer maxSegments) {
        this.maxSegments = maxSegments;
    }

    public BandwidthOperation getOperation() {
        return operation;
    }

    public void setOperation(BandwidthOperation operation) {
        this.operation = operation;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getOverridableFields() {
        return overridableFields;
    }

    public void setOverridableFields(String overridableFields) {
        this.overridableFields = overridableFields;
    }

    public Duration getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(Duration maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public Boolean getRateLimitPerNumber() {
        return rateLimitPerNumber;
    }

    public void setRateLimitPerNumber(Boolean rateLimitPerNumber) {
        this.rateLimitPerNumber = rateLimitPerNumber;
    }

    public BandwidthRateLimiter getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(BandwidthRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public Integer getMaxSegmentsPerSecond() {
        return maxSegmentsPerSecond;
    }

    public void setMaxSegmentsPerSecond(Integer maxSegmentsPerSecond) {
        this.maxSegmentsPerSecond = maxSegmentsPerSecond;
    }

    public Boolean getCompletionOnIoThread() {
        return completionOnIoThread;
    }

    public void setCompletionOnIoThread(Boolean completionOnIoThread) {
        this.completionOnIoThread = completionOnIoThread;
    }

    public Duration getConnectionMaxIdleTime() {
        return connectionMaxIdleTime;
    }

    public void setConnectionMaxIdleTime(Duration connectionMaxIdleTime) {
        this.connectionMaxIdleTime = connectionMaxIdleTime;
    }
}
