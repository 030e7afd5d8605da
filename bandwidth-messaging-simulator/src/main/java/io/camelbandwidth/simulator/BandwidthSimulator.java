package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * An embedded HTTP server on loopback that simulates the Bandwidth Messaging API v2, so that clients, their tests,
 * examples and benchmarks run without a Bandwidth account.
 *
 * <p>It serves
 * <ul>
 *   <li>{@code POST {baseUri}/users/{accountId}/messages}: authenticates (Basic or Bearer), checks the
 *       {@code Content-Type}, validates the {@code messageRequest} like Bandwidth, and answers {@code 202} with a
 *       {@code message} (or 400/401/415 with Bandwidth's error bodies); {@link #faults()} can make it misbehave;</li>
 *   <li>{@code GET {baseUri}/users/{accountId}/messages}: validates the query parameters as the spec declares them
 *       and lists the accepted messages (one item per recipient, no text) in {@code messagesList} pages;</li>
 *   <li>{@code GET {baseUri}/users/{accountId}/media} (paged with {@code Continuation-Token}) and {@code GET},
 *       {@code PUT}, {@code DELETE {baseUri}/users/{accountId}/media/{mediaId}}: an in-memory, size-capped media
 *       store ({@link #storedMedia(String)});</li>
 *   <li>{@code POST {baseUri}/users/{accountId}/messages/multiChannel} (Beta): validates the
 *       {@code multiChannelMessageRequest} like Bandwidth and answers {@code 202} with the
 *       {@code createMultiChannelMessageResponse} envelope (or 400/401/415 with the {@code multiChannelError}
 *       envelope);</li>
 *   <li>{@code POST {tokenUri}}: the OAuth2 client-credentials token endpoint;</li>
 * </ul>
 * and, when a callback URL is configured, posts Bandwidth's status webhooks for every accepted message
 * ({@code message-sending} for MMS, then {@code message-delivered} or {@code message-failed} per recipient) and
 * inbound {@code message-received} webhooks on demand ({@link #sendInbound}), and any body of your own, such as a
 * batch of events ({@link #postCallback}). Multi-channel messages report the channel they went out on (RBM unless
 * {@link #rbmUnavailable}, else the next one of their list), and inbound RBM events are sent on demand
 * ({@link #sendSuggestionResponse}, {@link #sendLocationResponse}, {@link #sendInboundRbm}).
 *
 * <pre>{@code
 * try (BandwidthSimulator sim = BandwidthSimulator.builder()
 *         .oauthClient("client-id", "client-secret")
 *         .callbackUrl("http://127.0.0.1:8080/webhooks/bandwidth")
 *         .build()
 *         .start()) {
 *     // point the client at sim.baseUri() and sim.tokenUri(), send, then:
 *     List<AcceptedMessage> sent = sim.awaitAccepted(1, Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Everything the simulator records (requests, accepted messages, callback attempts) is kept up to
 * {@link Builder#recordLimit(int)} entries each, oldest dropped first; counts are always exact. All methods are
 * thread-safe. A simulator starts once; after {@link #stop()} build a new one.
 */
public final class BandwidthSimulator implements AutoCloseable {

    static {
        // The JDK server reads it once per JVM, when its first server is created: without it, Nagle's algorithm
        // delays small answers on kept-alive connections and caps a benchmark far below what the server can do.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final String HOST = "127.0.0.1";
    private static final int BACKLOG = 1024;

    private final SimulatorSettings settings;
    private final Faults faults = new Faults(ApiOperation.CREATE_MESSAGE);
    private final Map<ApiOperation, Faults> operationFaults = new EnumMap<>(ApiOperation.class);
    private final MediaStore mediaStore;
    private final RecordLog<RecordedRequest> requests;
    private final RecordLog<AcceptedMessage> accepted;
    private final RecordLog<AcceptedMultiChannelMessage> acceptedMultiChannel;
    private final RecordLog<CallbackAttempt> callbackAttempts;
    private final TokenStore tokens;
    private final Map<String, DeliveryOutcome> failingRecipients = new ConcurrentHashMap<>();
    private final Set<String> rbmUnavailable = ConcurrentHashMap.newKeySet();
    private volatile DeliveryPolicy deliveryPolicy = DeliveryPolicy.ALWAYS_DELIVERED;

    private final Object lifecycle = new Object();
    private HttpServer server;
    private IdleClosingFront front;
    private ExecutorService httpExecutor;
    private ScheduledExecutorService scheduler;
    private ExecutorService callbackExecutor;
    private volatile DeferredAnswers deferredAnswers;
    private volatile TokenHandler tokenHandler;
    private volatile OutgoingCallbacks callbacks;
    private volatile MultiChannelCallbacks multiChannelCallbacks;
    private volatile int port = -1;
    private boolean started;
    private volatile boolean running;

    private BandwidthSimulator(SimulatorSettings settings) {
        this.settings = settings;
        this.requests = new RecordLog<>("requests", settings.recordLimit());
        this.accepted = new RecordLog<>("accepted messages", settings.recordLimit());
        this.acceptedMultiChannel = new RecordLog<>("accepted multi-channel messages", settings.recordLimit());
        this.callbackAttempts = new RecordLog<>("callback attempts", settings.recordLimit());
        this.tokens = new TokenStore(settings.clock(), settings.tokenLifetime());
        this.mediaStore = new MediaStore(settings.mediaFileLimit(), settings.mediaStoreLimit());
        for (ApiOperation operation : ApiOperation.values()) {
            operationFaults.put(operation, operation == ApiOperation.CREATE_MESSAGE ? faults : new Faults(operation));
        }
    }

    /** @return a builder with defaults: ephemeral port, no credentials (open), no callbacks */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the server to {@code 127.0.0.1} and starts serving.
     *
     * @return this simulator
     * @throws UncheckedIOException  if the port cannot be bound
     * @throws IllegalStateException if it was already started
     */
    public BandwidthSimulator start() {
        synchronized (lifecycle) {
            if (started) {
                throw new IllegalStateException("The simulator was already started; build a new one");
            }
            started = true;
            httpExecutor = Executors.newFixedThreadPool(settings.threads(),
                    DaemonThreads.named("bandwidth-simulator-http"));
            scheduler = Executors.newSingleThreadScheduledExecutor(
                    DaemonThreads.named("bandwidth-simulator-scheduler"));
            try {
                // with an idle timeout, clients connect to the relay on the configured port, the server listens behind
                int serverPort = settings.idleConnectionTimeout() == null ? settings.port() : 0;
                InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(HOST), serverPort);
                if (settings.tls() == null) {
                    server = HttpServer.create(address, BACKLOG);
                } else {
                    HttpsServer https = HttpsServer.create(address, BACKLOG);
                    https.setHttpsConfigurator(new HttpsConfigurator(settings.tls()));
                    server = https;
                }
                if (settings.idleConnectionTimeout() != null) {
                    front = new IdleClosingFront(InetAddress.getByName(HOST), settings.port(), BACKLOG,
                            server.getAddress(), settings.idleConnectionTimeout());
                }
            } catch (IOException e) {
                if (server != null) {
                    server.stop(0);
                }
                httpExecutor.shutdownNow();
                scheduler.shutdownNow();
                throw new UncheckedIOException("Cannot bind the Bandwidth simulator to " + HOST + ":" + settings.port(),
                        e);
            }
            port = front != null ? front.port() : server.getAddress().getPort();
            // always ready: a callback URL may be set later (callbackUrl(String))
            callbackExecutor = Executors.newFixedThreadPool(2, DaemonThreads.named("bandwidth-simulator-callback"));
            CallbackSender sender = new CallbackSender(scheduler, settings.callbackUser(),
                    settings.callbackPassword(), settings.callbackAttempts(), settings.callbackBackoff(),
                    settings.callbackTimeout(), callbackAttempts, settings.clock());
            callbacks = new OutgoingCallbacks(sender, CallbackTargets.of(settings.callbackUrls()),
                    CallbackTargets.of(settings.inboundUrls()), uris(), callbackExecutor, this::outcome,
                    settings.clock());
            multiChannelCallbacks = new MultiChannelCallbacks(callbacks, failingRecipients::get, rbmUnavailable,
                    settings.clock());
            CredentialsChecker apiCredentials = CredentialsChecker.forApi(settings.basicCredentials(),
                    settings.oauthClient() == null ? null : tokens);
            deferredAnswers = new DeferredAnswers(scheduler, httpExecutor);
            server.createContext(MessagesHandler.CONTEXT, new MessagesHandler(
                    new MessageProcessor(apiCredentials, settings.clock()),
                    new MultiChannelProcessor(apiCredentials, settings.clock()),
                    new MessageSearch(apiCredentials, accepted::snapshot, this::outcome, uris()),
                    new MediaProcessor(apiCredentials, mediaStore, uris(), settings.mediaPageSize(),
                            settings.clock()),
                    operationFaults::get, requests, this::onAccepted, this::onAcceptedMultiChannel, deferredAnswers,
                    settings.clock()));
            tokenHandler = new TokenHandler(CredentialsChecker.forTokenClients(settings.oauthClient(),
                    settings.isOpen()), tokens, operationFaults.get(ApiOperation.OAUTH2_TOKEN), deferredAnswers);
            server.createContext(TokenHandler.PATH, tokenHandler);
            server.createContext("/", exchange -> {
                Exchanges.readBody(exchange);
                Exchanges.sendJson(exchange, 404, Json.NOT_FOUND);
            });
            server.setExecutor(httpExecutor);
            server.start();
            running = true;
            return this;
        }
    }

    /**
     * Stops serving: closes every connection (stalled ones too), drops delayed answers not sent yet and stops
     * sending callbacks. Does nothing if not running.
     */
    public void stop() {
        synchronized (lifecycle) {
            if (!running) {
                return;
            }
            running = false;
            if (front != null) {
                front.stop();
            }
            deferredAnswers.closeStalled();
            server.stop(0);
            scheduler.shutdownNow();
            httpExecutor.shutdownNow();
            if (callbackExecutor != null) {
                callbackExecutor.shutdownNow();
            }
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** @return true between {@link #start()} and {@link #stop()} */
    public boolean isRunning() {
        return running;
    }

    /**
     * @return the bound port
     * @throws IllegalStateException if not started
     */
    public int port() {
        int bound = port;
        if (bound < 0) {
            throw new IllegalStateException("The simulator is not started");
        }
        return bound;
    }

    /** @return the API base URI, {@code http://127.0.0.1:{port}/api/v2}; messages are at {@code {baseUri}/users/{accountId}/messages} */
    public String baseUri() {
        return settings.scheme() + "://" + HOST + ":" + port() + ApiUris.BASE_PATH;
    }

    /** @return the OAuth2 token URI, {@code http://127.0.0.1:{port}/api/v1/oauth2/token} */
    public String tokenUri() {
        return settings.scheme() + "://" + HOST + ":" + port() + TokenHandler.PATH;
    }

    /**
     * @param accountId a Bandwidth account id, e.g. {@code 9900000}
     * @return the create-message URI of that account
     */
    public URI messagesUri(String accountId) {
        return URI.create(uris().messages(accountId));
    }

    /**
     * @param accountId a Bandwidth account id
     * @param mediaId   a media name, e.g. {@code photo.png} or {@code {messageId}/0/photo.png}
     * @return the URL of that media file, {@code {baseUri}/users/{accountId}/media/{mediaId}}
     */
    public String mediaUri(String accountId, String mediaId) {
        return uris().media(accountId, mediaId);
    }

    private ApiUris uris() {
        return new ApiUris(baseUri());
    }

    /**
     * @param accountId a Bandwidth account id
     * @return the media files the account holds now, sorted by name
     */
    public List<StoredMedia> storedMedia(String accountId) {
        return mediaStore.all(Objects.requireNonNull(accountId, "accountId"));
    }

    /**
     * @param accountId a Bandwidth account id
     * @param mediaId   a media name
     * @return the media file, if the account holds it
     */
    public Optional<StoredMedia> storedMedia(String accountId, String mediaId) {
        return mediaStore.get(Objects.requireNonNull(accountId, "accountId"), Objects.requireNonNull(mediaId, "mediaId"));
    }

    /**
     * Stores a media file as if it had been uploaded (or received with an inbound MMS: use the media id
     * {@code {messageId}/{n}/{name}} that {@link #sendInbound} puts in its media URLs).
     *
     * @param accountId   a Bandwidth account id
     * @param mediaId     the media name
     * @param contentType its media type
     * @param content     its bytes
     * @throws IllegalArgumentException if the file exceeds the store's limits
     */
    public void putMedia(String accountId, String mediaId, String contentType, byte[] content) {
        MediaStore.Refusal refusal = mediaStore.put(new StoredMedia(accountId, mediaId, contentType, content.clone(), null,
                settings.clock().instant()));
        if (refusal != null) {
            throw new IllegalArgumentException("The media store refused the file: " + refusal);
        }
    }

    /** @return the messages accepted since start or the last {@link #reset()}, oldest first */
    public List<AcceptedMessage> acceptedMessages() {
        return accepted.snapshot();
    }

    /** @return how many messages were accepted since start or the last {@link #reset()} (never capped) */
    public long acceptedCount() {
        return accepted.total();
    }

    /**
     * Waits until at least {@code count} messages were accepted since start or the last {@link #reset()}.
     *
     * @param count   the number of accepted messages to wait for
     * @param timeout the longest wait
     * @return the accepted messages, oldest first
     * @throws IllegalStateException on timeout (or interruption)
     */
    public List<AcceptedMessage> awaitAccepted(int count, Duration timeout) {
        return accepted.await(count, timeout);
    }

    /** @return the multi-channel messages accepted since start or the last {@link #reset()}, oldest first */
    public List<AcceptedMultiChannelMessage> acceptedMultiChannelMessages() {
        return acceptedMultiChannel.snapshot();
    }

    /**
     * Waits until at least {@code count} multi-channel messages were accepted since start or the last {@link #reset()}.
     *
     * @param count   the number of accepted multi-channel messages to wait for
     * @param timeout the longest wait
     * @return the accepted multi-channel messages, oldest first
     * @throws IllegalStateException on timeout (or interruption)
     */
    public List<AcceptedMultiChannelMessage> awaitAcceptedMultiChannel(int count, Duration timeout) {
        return acceptedMultiChannel.await(count, timeout);
    }

    /**
     * @return every request that reached the API (messages and media endpoints), accepted or not, oldest first; the
     *         binary body of a media upload is recorded as {@code ""} (see {@link #storedMedia(String)})
     */
    public List<RecordedRequest> requests() {
        return requests.snapshot();
    }

    /**
     * Waits until at least {@code count} requests reached the messages endpoint.
     *
     * @param count   the number of requests to wait for
     * @param timeout the longest wait
     * @return the recorded requests, oldest first
     * @throws IllegalStateException on timeout (or interruption)
     */
    public List<RecordedRequest> awaitRequests(int count, Duration timeout) {
        return requests.await(count, timeout);
    }

    /** @return how many OAuth2 tokens were issued since start or the last {@link #reset()} */
    public long tokensIssued() {
        return tokens.issued();
    }

    /**
     * @return how many requests reached the token endpoint since start or the last {@link #reset()}, whatever the
     *         answer (they are not in {@link #requests()}, which holds the Messaging API's)
     */
    public long tokenRequests() {
        TokenHandler token = tokenHandler;
        return token == null ? 0 : token.requests();
    }

    /** Makes every token issued so far invalid: requests bearing them get {@code 401}, as if they had expired. */
    public void revokeAllTokens() {
        tokens.revokeAll();
    }

    /**
     * @return how many client connections the simulator accepted since start (never reset)
     * @throws IllegalStateException unless built with {@link Builder#idleConnectionTimeout(Duration)} and started
     */
    public long connectionsAccepted() {
        return front().accepted();
    }

    /**
     * @return the client connections open now
     * @throws IllegalStateException unless built with {@link Builder#idleConnectionTimeout(Duration)} and started
     */
    public int openConnections() {
        return front().open();
    }

    /**
     * @return how many kept-alive connections the simulator closed because they were idle (never reset)
     * @throws IllegalStateException unless built with {@link Builder#idleConnectionTimeout(Duration)} and started
     */
    public long idleConnectionsClosed() {
        return front().idleClosed();
    }

    /**
     * Waits until at most {@code count} client connections are open, e.g. 0 to know that every pooled connection of
     * a client has been closed as idle.
     *
     * @param count   the most open connections to wait for
     * @param timeout the longest wait
     * @return the connections open now
     * @throws IllegalStateException on timeout (or interruption), or unless built with
     *                               {@link Builder#idleConnectionTimeout(Duration)} and started
     */
    public int awaitOpenConnectionsAtMost(int count, Duration timeout) {
        return front().awaitOpenAtMost(count, timeout);
    }

    private IdleClosingFront front() {
        IdleClosingFront relay = front;
        if (relay == null) {
            throw new IllegalStateException("Connections are tracked only with idleConnectionTimeout(...) set, after"
                    + " start()");
        }
        return relay;
    }

    /** @return the programmable faults of the create-message endpoint, same as {@code faults(CREATE_MESSAGE)} */
    public Faults faults() {
        return faults;
    }

    /**
     * @param operation an operation of the API, or {@link ApiOperation#OAUTH2_TOKEN} for the token endpoint (which
     *                  then times out, answers 503 or 429, or drops, while {@link #revokeAllTokens()} revokes)
     * @return the programmable faults of that operation (each operation has its own queue)
     */
    public Faults faults(ApiOperation operation) {
        return operationFaults.get(Objects.requireNonNull(operation, "operation"));
    }

    /**
     * Makes every message to {@code recipient} end with {@code message-failed} and {@code errorCode}, whatever the
     * {@link #deliveryPolicy(DeliveryPolicy) delivery policy} says.
     *
     * @param recipient an E.164 number, e.g. {@code +15554443333}
     * @param errorCode a Bandwidth error code, e.g. 4720 (invalid-destination-address)
     */
    public void failRecipient(String recipient, int errorCode) {
        failingRecipients.put(Objects.requireNonNull(recipient, "recipient"), DeliveryOutcome.failed(errorCode));
    }

    /**
     * Sets what decides the status of recipients not set with {@link #failRecipient(String, int)}; default
     * {@link DeliveryPolicy#ALWAYS_DELIVERED}.
     *
     * @param policy the policy
     */
    public void deliveryPolicy(DeliveryPolicy policy) {
        this.deliveryPolicy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Makes {@code recipient} unable to receive RBM (a handset without RCS): multi-channel messages to it skip their
     * RBM entries and go out on the next SMS or MMS entry, or fail with 4700 when none is left.
     *
     * @param recipient an E.164 number
     */
    public void rbmUnavailable(String recipient) {
        rbmUnavailable.add(Objects.requireNonNull(recipient, "recipient"));
    }

    /**
     * Posts a {@code suggestion-response} webhook to the inbound callback URL, as when the recipient of an RBM message
     * taps one of its suggestions.
     *
     * @param from            the handset, E.164
     * @param to              the RBM sender id that sent the suggestion (also the message {@code owner})
     * @param text            the suggestion's text
     * @param postbackData    the suggestion's postback data as it was sent (base64)
     * @param pairedMessageId the id of the message that carried the suggestion, or null
     * @return the id of the inbound event's message
     * @throws IllegalStateException if no callback URL is configured or the simulator is not running
     */
    public String sendSuggestionResponse(String from, String to, String text, String postbackData,
                                         String pairedMessageId) {
        return multiChannel().inbound(MultiChannelEvents.SUGGESTION_RESPONSE, "Suggestion response received",
                settings.applicationId(), Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"),
                message -> {
                    ObjectNode response = message.putObject("suggestionResponse");
                    response.put("text", text);
                    response.put("postbackData", postbackData);
                    response.put("pairedMessageId", pairedMessageId);
                });
    }

    /**
     * Posts a {@code requested-location-response} webhook to the inbound callback URL, as when the recipient of an RBM
     * message shares the location a suggestion asked for.
     *
     * @param from      the handset, E.164
     * @param to        the RBM sender id (also the message {@code owner})
     * @param latitude  the latitude shared
     * @param longitude the longitude shared
     * @return the id of the inbound event's message
     * @throws IllegalStateException if no callback URL is configured or the simulator is not running
     */
    public String sendLocationResponse(String from, String to, double latitude, double longitude) {
        return multiChannel().inbound(MultiChannelEvents.LOCATION_RESPONSE, "Location response received",
                settings.applicationId(), Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"),
                message -> message.putObject("locationResponse").put("latitude", Double.toString(latitude))
                        .put("longitude", Double.toString(longitude)));
    }

    /**
     * Posts a {@code message-received} webhook of channel RBM to the inbound callback URL, as when the recipient of an
     * RBM conversation writes back: {@code message.content} holds the text or the file.
     *
     * @param from    the handset, E.164
     * @param to      the RBM sender id (also the message {@code owner})
     * @param text    the text, or null for a file
     * @param fileUrl the URL of the file sent, or null for a text
     * @return the id of the inbound message
     * @throws IllegalStateException if no callback URL is configured or the simulator is not running
     */
    public String sendInboundRbm(String from, String to, String text, String fileUrl) {
        return multiChannel().inbound(CallbackEvents.RECEIVED, "Incoming message received", settings.applicationId(),
                Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"), message -> {
                    ObjectNode content = message.putObject("content");
                    if (text != null) {
                        content.put("text", text);
                    }
                    if (fileUrl != null) {
                        content.putObject("media").put("fileUrl", fileUrl);
                    }
                });
    }

    private MultiChannelCallbacks multiChannel() {
        MultiChannelCallbacks outgoing = multiChannelCallbacks;
        if (outgoing == null || !running || callbacks.inboundTargets() == null) {
            throw new IllegalStateException("Inbound events need a running simulator with a callback URL");
        }
        return outgoing;
    }

    /**
     * Posts a {@code message-received} webhook to the inbound callback URL, as when a handset texts one of the
     * account's numbers. Returns at once; the webhook is sent asynchronously (with challenge and retries).
     *
     * @param accountId the account, used to build media URLs from bare file names
     * @param from      the sender (the handset), E.164
     * @param to        your Bandwidth number that receives it (also the message {@code owner})
     * @param text      the text, may be empty
     * @param media     media: absolute URLs are sent as they are, a bare file name {@code f} becomes
     *                  {@code {baseUri}/users/{accountId}/media/{messageId}/{n}/f}; empty for an SMS
     * @return the id of the inbound message
     * @throws IllegalStateException if no callback URL is configured or the simulator is not running
     */
    public String sendInbound(String accountId, String from, String to, String text, List<String> media) {
        OutgoingCallbacks outgoing = callbacks;
        if (outgoing == null || !running || outgoing.inboundTargets() == null) {
            throw new IllegalStateException("Inbound messages need a running simulator with a callback URL");
        }
        return outgoing.inbound(Objects.requireNonNull(accountId, "accountId"), settings.applicationId(),
                Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"), text == null ? "" : text,
                List.copyOf(media == null ? List.of() : media));
    }

    /**
     * Posts a webhook body of your own to the status callback URL, the way every other webhook is posted (challenge
     * answered with the callback credentials, retried on non-2xx): for batches of several events, event types the
     * simulator does not produce, duplicates or malformed bodies. Returns at once.
     *
     * @param body the raw body, normally a JSON array of events; sent as it is with
     *             {@code Content-Type: application/json; charset=utf-8}
     * @return completes with true once the receiver answered 2xx, false once the webhook is given up
     * @throws IllegalStateException if no callback URL is configured or the simulator is not running
     */
    public CompletableFuture<Boolean> postCallback(String body) {
        OutgoingCallbacks outgoing = callbacks;
        CallbackTargets targets = outgoing == null ? null : outgoing.statusTargets();
        if (targets == null || !running) {
            throw new IllegalStateException("Posting a callback needs a running simulator with a callback URL");
        }
        return outgoing.raw(targets, Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Points the webhooks at this URL from now on, for an application whose port is known only once it has started
     * (a server bound to port 0): status webhooks, and inbound ones unless {@link Builder#inboundCallbackUrl} set
     * their own URL. Webhooks already scheduled keep their URL.
     *
     * @param url the application's callback URL
     * @return this simulator
     * @throws IllegalStateException if the simulator is not running
     */
    public BandwidthSimulator callbackUrl(String url) {
        return callbackUrls(List.of(Objects.requireNonNull(url, "url")));
    }

    /**
     * Points the webhooks at these URLs from now on, as {@link #callbackUrl(String)} does for one: several instances
     * of an application behind a load balancer. Each webhook goes to the next URL in turn, and a retry goes to the
     * URL after the one that failed (see {@link Builder#callbackUrls(List)}).
     *
     * @param urls the instances' callback URLs, at least one
     * @return this simulator
     * @throws IllegalStateException if the simulator is not running
     */
    public BandwidthSimulator callbackUrls(List<String> urls) {
        CallbackTargets targets = new CallbackTargets(Builder.uris(urls));
        OutgoingCallbacks outgoing = callbacks;
        if (outgoing == null || !running) {
            throw new IllegalStateException("Set the callback URL of a running simulator");
        }
        outgoing.redirect(targets, settings.inboundCallbackUrl() != null
                ? new CallbackTargets(List.of(settings.inboundCallbackUrl())) : targets);
        return this;
    }

    /** @return every webhook POST sent since start or the last {@link #reset()}, oldest first */
    public List<CallbackAttempt> callbackAttempts() {
        return callbackAttempts.snapshot();
    }

    /**
     * Waits until at least {@code count} webhook POSTs were made (whatever their answer).
     *
     * @param count   the number of POSTs to wait for
     * @param timeout the longest wait
     * @return the attempts, oldest first
     * @throws IllegalStateException on timeout (or interruption)
     */
    public List<CallbackAttempt> awaitCallbackAttempts(int count, Duration timeout) {
        return callbackAttempts.await(count, timeout);
    }

    /**
     * Forgets records and counts (requests, accepted messages of both endpoints, callback attempts, tokens issued,
     * token requests) and stored media, removes queued faults, closes stalled connections, clears failing and
     * RBM-unavailable recipients and restores the default delivery policy. Issued tokens stay valid.
     */
    public void reset() {
        operationFaults.values().forEach(Faults::clear);
        mediaStore.clear();
        DeferredAnswers deferred = deferredAnswers;
        if (deferred != null) {
            deferred.closeStalled();
        }
        failingRecipients.clear();
        rbmUnavailable.clear();
        deliveryPolicy = DeliveryPolicy.ALWAYS_DELIVERED;
        requests.clear();
        accepted.clear();
        acceptedMultiChannel.clear();
        callbackAttempts.clear();
        tokens.resetIssuedCount();
        TokenHandler token = tokenHandler;
        if (token != null) {
            token.resetCount();
        }
    }

    @Override
    public String toString() {
        return "BandwidthSimulator[" + (running ? baseUri() : "not running") + "]";
    }

    private void onAccepted(AcceptedMessage message) {
        accepted.add(message);
        OutgoingCallbacks outgoing = callbacks;
        if (outgoing != null) {
            outgoing.messageAccepted(message);
        }
    }

    private void onAcceptedMultiChannel(AcceptedMultiChannelMessage message) {
        acceptedMultiChannel.add(message);
        MultiChannelCallbacks outgoing = multiChannelCallbacks;
        if (outgoing != null) {
            outgoing.messageAccepted(message);
        }
    }

    private DeliveryOutcome outcome(AcceptedMessage message, String recipient) {
        DeliveryOutcome refused = AsynchronousFailures.of(message);
        if (refused != null) {
            return refused;
        }
        DeliveryOutcome forced = failingRecipients.get(recipient);
        return forced != null ? forced : deliveryPolicy.outcome(message, recipient);
    }

    /** Configures a {@link BandwidthSimulator}; every setting is optional. */
    public static final class Builder {

        private int port;
        private int threads = SimulatorSettings.DEFAULT_THREADS;
        private SSLContext tls;
        private byte[] basicCredentials;
        private byte[] oauthClient;
        private Duration tokenLifetime = SimulatorSettings.DEFAULT_TOKEN_LIFETIME;
        private String applicationId = SimulatorSettings.DEFAULT_APPLICATION_ID;
        private List<String> callbackUrls = List.of();
        private String inboundCallbackUrl;
        private String callbackUser;
        private String callbackPassword;
        private int callbackAttempts = SimulatorSettings.DEFAULT_CALLBACK_ATTEMPTS;
        private Duration callbackBackoff = SimulatorSettings.DEFAULT_CALLBACK_BACKOFF;
        private Duration callbackTimeout = SimulatorSettings.DEFAULT_CALLBACK_TIMEOUT;
        private int recordLimit = SimulatorSettings.DEFAULT_RECORD_LIMIT;
        private Clock clock = Clock.systemUTC();
        private long mediaFileLimit = SimulatorSettings.DEFAULT_MEDIA_FILE_LIMIT;
        private long mediaStoreLimit = SimulatorSettings.DEFAULT_MEDIA_STORE_LIMIT;
        private int mediaPageSize = SimulatorSettings.DEFAULT_MEDIA_PAGE_SIZE;
        private Duration idleConnectionTimeout;

        private Builder() {
        }

        /**
         * @param port the TCP port on 127.0.0.1; 0 (default) picks a free ephemeral port
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param threads the server's worker threads (default 8)
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Serves HTTPS instead of HTTP, with this server context (its key store holds the server certificate), so
         * that clients' TLS settings can be tested.
         *
         * @param serverContext the server's TLS context
         * @return this builder
         */
        public Builder tls(SSLContext serverContext) {
            this.tls = Objects.requireNonNull(serverContext, "serverContext");
            return this;
        }

        /**
         * Accepts {@code Authorization: Basic} with these credentials of a legacy API user. Without this nor
         * {@link #oauthClient}, the simulator accepts every request without checking authentication.
         *
         * @param user     the API user name
         * @param password its password
         * @return this builder
         */
        public Builder basicCredentials(String user, String password) {
            this.basicCredentials = CredentialsChecker.credentials(requireNoColon(user, "user"),
                    Objects.requireNonNull(password, "password"));
            return this;
        }

        /**
         * Lets this OAuth2 client get tokens from the token endpoint and accepts {@code Authorization: Bearer}
         * with them. Without this nor {@link #basicCredentials}, the simulator accepts every request without
         * checking authentication (and issues tokens to any client).
         *
         * @param clientId     the client id
         * @param clientSecret the client secret
         * @return this builder
         */
        public Builder oauthClient(String clientId, String clientSecret) {
            this.oauthClient = CredentialsChecker.credentials(requireNoColon(clientId, "clientId"),
                    Objects.requireNonNull(clientSecret, "clientSecret"));
            return this;
        }

        /**
         * @param lifetime how long issued tokens stay valid; its whole seconds are announced as
         *                 {@code expires_in} (default 1 hour)
         * @return this builder
         */
        public Builder tokenLifetime(Duration lifetime) {
            if (Objects.requireNonNull(lifetime, "lifetime").isNegative()) {
                throw new IllegalArgumentException("negative token lifetime: " + lifetime);
            }
            this.tokenLifetime = lifetime;
            return this;
        }

        /**
         * @param applicationId the application id put on inbound messages (default
         *                      {@code 93de2206-9669-4e07-948d-329f4b722ee2})
         * @return this builder
         */
        public Builder applicationId(String applicationId) {
            this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
            return this;
        }

        /**
         * @param url the application's callback URL receiving status (and, unless {@link #inboundCallbackUrl}
         *            is set, inbound) webhooks; {@code null} (default) sends none
         * @return this builder
         */
        public Builder callbackUrl(String url) {
            this.callbackUrls = url == null ? List.of() : uris(List.of(url));
            return this;
        }

        /**
         * Several instances of the application behind a load balancer: each webhook goes to the next of these URLs in
         * turn (round-robin), and a retry of a webhook (after a non-2xx answer, a timeout or a refused connection) goes
         * to the URL after the one that failed, so that it lands on another instance, as a retry of Bandwidth does
         * behind a load balancer. A challenge's re-POST with credentials stays on its URL.
         *
         * @param urls the instances' callback URLs receiving status (and, unless {@link #inboundCallbackUrl} is set,
         *             inbound) webhooks; empty sends none
         * @return this builder
         */
        public Builder callbackUrls(List<String> urls) {
            this.callbackUrls = uris(urls);
            return this;
        }

        /**
         * @param url a separate URL for inbound {@code message-received} webhooks; {@code null} (default) uses
         *            {@link #callbackUrl}
         * @return this builder
         */
        public Builder inboundCallbackUrl(String url) {
            this.inboundCallbackUrl = url == null ? null : URI.create(url).toString();
            return this;
        }

        /**
         * Credentials sent with {@code Authorization: Basic} when the callback receiver challenges with
         * {@code 401} and {@code WWW-Authenticate: Basic}. Without them a challenge loses the callback.
         *
         * @param user     the callback user
         * @param password its password
         * @return this builder
         */
        public Builder callbackCredentials(String user, String password) {
            this.callbackUser = requireNoColon(user, "user");
            this.callbackPassword = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * How often a webhook is tried when the receiver answers non-2xx (other than an unanswerable 401) or
         * cannot be reached. Real Bandwidth retries for 24 hours.
         *
         * @param attempts attempts per webhook, at least 1 (default 5)
         * @param backoff  pause between attempts (default 200 ms)
         * @return this builder
         */
        public Builder callbackRetry(int attempts, Duration backoff) {
            if (attempts < 1 || Objects.requireNonNull(backoff, "backoff").isNegative()) {
                throw new IllegalArgumentException("attempts must be >= 1 and backoff not negative");
            }
            this.callbackAttempts = attempts;
            this.callbackBackoff = backoff;
            return this;
        }

        /**
         * @param timeout connect and answer timeout of one webhook POST (default 10 s, Bandwidth's limit)
         * @return this builder
         */
        public Builder callbackTimeout(Duration timeout) {
            if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.callbackTimeout = timeout;
            return this;
        }

        /**
         * @param limit the most requests, accepted messages and callback attempts kept (each; oldest dropped
         *              first; default 100,000); 0 keeps none, for long benchmarks. Counts stay exact.
         * @return this builder
         */
        public Builder recordLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("negative record limit: " + limit);
            }
            this.recordLimit = limit;
            return this;
        }

        /**
         * @param clock the clock for message times, token expiry and the "expiration in the future" check
         *              (default UTC system clock); a test can pass a movable clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Bounds the media store: an upload larger than {@code fileLimit} bytes is refused with 400 (default
         * 3,932,160 = 3.75 MB, Bandwidth's documented upload limit), and so is one that would make all files together
         * exceed {@code storeLimit} (default 64 MiB).
         *
         * @param fileLimit  the largest file, in bytes
         * @param storeLimit the most bytes held at once
         * @return this builder
         */
        public Builder mediaLimits(long fileLimit, long storeLimit) {
            if (fileLimit < 1 || storeLimit < fileLimit) {
                throw new IllegalArgumentException("need 0 < fileLimit <= storeLimit");
            }
            this.mediaFileLimit = fileLimit;
            this.mediaStoreLimit = storeLimit;
            return this;
        }

        /**
         * @param size the most media files one {@code GET …/media} page lists (default 1000, as Bandwidth); a smaller
         *             page lets a test walk {@code Continuation-Token} paging
         * @return this builder
         */
        public Builder mediaPageSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("page size must be at least 1: " + size);
            }
            this.mediaPageSize = size;
            return this;
        }

        /**
         * Closes kept-alive connections that carried no request for {@code timeout}, as servers and load balancers
         * do: a client that keeps such a connection in its pool finds it closed (stale) when it next uses it. A
         * connection waiting for an answer (delayed, stalled), or new and not used yet, is never closed as idle. Connections then go through
         * a small TCP relay with two threads per connection, so use this for tests, not benchmarks; it also enables
         * {@link BandwidthSimulator#connectionsAccepted()}, {@link BandwidthSimulator#openConnections()},
         * {@link BandwidthSimulator#idleConnectionsClosed()} and
         * {@link BandwidthSimulator#awaitOpenConnectionsAtMost(int, Duration)}.
         *
         * @param timeout the idle time after which a connection is closed; {@code null} (default) never closes
         *                idle connections (the JDK server's own 30 s idle limit still applies)
         * @return this builder
         */
        public Builder idleConnectionTimeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("idle timeout must be positive: " + timeout);
            }
            this.idleConnectionTimeout = timeout;
            return this;
        }

        /** @return a new, not yet started simulator with the settings made so far (later changes do not affect it) */
        public BandwidthSimulator build() {
            return new BandwidthSimulator(new SimulatorSettings(port, threads, tls, basicCredentials, oauthClient,
                    tokenLifetime, applicationId, callbackUrls, inboundCallbackUrl, callbackUser, callbackPassword,
                    callbackAttempts, callbackBackoff, callbackTimeout, recordLimit, clock, mediaFileLimit,
                    mediaStoreLimit, mediaPageSize, idleConnectionTimeout));
        }

        static List<String> uris(List<String> urls) {
            return Objects.requireNonNull(urls, "urls").stream()
                    .map(url -> URI.create(Objects.requireNonNull(url, "url")).toString()).toList();
        }

        private static String requireNoColon(String value, String name) {
            if (Objects.requireNonNull(value, name).indexOf(':') >= 0) {
                throw new IllegalArgumentException(name + " must not contain ':'");
            }
            return value;
        }
    }
}
