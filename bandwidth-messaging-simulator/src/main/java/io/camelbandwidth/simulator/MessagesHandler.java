package io.camelbandwidth.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Serves the Messaging API under {@code /api/v2/users/{accountId}/}: {@code messages} (POST create, GET list),
 * {@code messages/multiChannel} (POST create) and {@code media} (GET list; GET, PUT, DELETE one file). Records each
 * request, applies the next queued fault of the operation, and otherwise answers what {@link MessageProcessor},
 * {@link MultiChannelProcessor}, {@link MessageSearch} or {@link MediaProcessor} computed. Other paths under its
 * context get a 404, other methods a 405.
 */
final class MessagesHandler implements HttpHandler {

    static final String CONTEXT = ApiUris.BASE_PATH + "/";
    private static final String PREFIX = ApiUris.BASE_PATH + "/users/";
    private static final String SUFFIX = "/messages";
    private static final String MULTI_CHANNEL_SUFFIX = "/messages/multiChannel";
    private static final String MEDIA = "/media";
    private static final System.Logger LOG = System.getLogger(MessagesHandler.class.getName());
    private static final byte[] INTERNAL_ERROR = Json.error("internal-server-error", "An internal server error occurred.");

    private final MessageProcessor processor;
    private final MultiChannelProcessor multiChannel;
    private final MessageSearch search;
    private final MediaProcessor media;
    private final Function<ApiOperation, Faults> faults;
    private final RecordLog<RecordedRequest> requests;
    private final Consumer<AcceptedMessage> onAccepted;
    private final DeferredAnswers deferred;
    private final Consumer<AcceptedMultiChannelMessage> onAcceptedMultiChannel;
    private final Clock clock;

    MessagesHandler(MessageProcessor processor, MultiChannelProcessor multiChannel, MessageSearch search,
                    MediaProcessor media, Function<ApiOperation, Faults> faults, RecordLog<RecordedRequest> requests,
                    Consumer<AcceptedMessage> onAccepted, Consumer<AcceptedMultiChannelMessage> onAcceptedMultiChannel,
                    DeferredAnswers deferred, Clock clock) {
        this.processor = processor;
        this.multiChannel = multiChannel;
        this.search = search;
        this.media = media;
        this.faults = faults;
        this.requests = requests;
        this.onAccepted = onAccepted;
        this.deferred = deferred;
        this.onAcceptedMultiChannel = onAcceptedMultiChannel;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = Exchanges.readBody(exchange);
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            String accountId = accountId(path, SUFFIX);
            String multiChannelAccount = accountId(path, MULTI_CHANNEL_SUFFIX);
            Route mediaRoute = accountId == null && multiChannelAccount == null ? mediaRoute(path) : null;
            if (multiChannelAccount != null) {
                if ("POST".equals(method)) {
                    serve(exchange, ApiOperation.CREATE_MULTI_CHANNEL_MESSAGE, body, () -> multiChannel.process(
                            multiChannelAccount, authorization(exchange),
                            exchange.getRequestHeaders().getFirst("Content-Type"), body));
                } else {
                    record(exchange, body, 405);
                    Exchanges.send(exchange, 405, Map.of("Allow", "POST"), Exchanges.JSON, Json.bytes(Json.envelope(
                            "method-not-allowed", "Method '" + method + "' not supported for this resource.")));
                }
            } else if (accountId != null) {
                if ("POST".equals(method)) {
                    serve(exchange, ApiOperation.CREATE_MESSAGE, body, () -> process(exchange, accountId, body));
                } else if ("GET".equals(method)) {
                    serve(exchange, ApiOperation.LIST_MESSAGES, body, () -> search.search(accountId,
                            authorization(exchange), exchange.getRequestURI().getRawQuery()));
                } else {
                    methodNotAllowed(exchange, body, "GET, POST");
                }
            } else if (mediaRoute != null && mediaRoute.mediaId == null) {
                if ("GET".equals(method)) {
                    serve(exchange, ApiOperation.LIST_MEDIA, body, () -> media.list(mediaRoute.accountId,
                            authorization(exchange), exchange.getRequestHeaders().getFirst(MediaProcessor.CONTINUATION_TOKEN)));
                } else {
                    methodNotAllowed(exchange, body, "GET");
                }
            } else if (mediaRoute != null) {
                String account = mediaRoute.accountId;
                String id = mediaRoute.mediaId;
                switch (method) {
                    case "GET":
                        serve(exchange, ApiOperation.GET_MEDIA, body, () -> media.get(account, id, authorization(exchange)));
                        break;
                    case "PUT":
                        serve(exchange, ApiOperation.UPLOAD_MEDIA, body, () -> media.upload(account, id,
                                authorization(exchange), exchange.getRequestHeaders().getFirst("Content-Type"),
                                exchange.getRequestHeaders().getFirst("Cache-Control"), body));
                        break;
                    case "DELETE":
                        serve(exchange, ApiOperation.DELETE_MEDIA, body, () -> media.delete(account, id,
                                authorization(exchange)));
                        break;
                    default:
                        methodNotAllowed(exchange, body, "GET, PUT, DELETE");
                }
            } else {
                Exchanges.sendJson(exchange, 404, Json.NOT_FOUND);
            }
        } catch (IOException clientGone) {
            exchange.close();
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.WARNING, "Simulator failed to handle " + exchange.getRequestURI(), e);
            try {
                Exchanges.sendJson(exchange, 500, INTERNAL_ERROR);
            } catch (IOException | RuntimeException ignored) {
                exchange.close();
            }
        }
    }

    private void methodNotAllowed(HttpExchange exchange, byte[] body, String allow) throws IOException {
        record(exchange, body, 405);
        Exchanges.send(exchange, 405, Map.of("Allow", allow), Exchanges.JSON, Json.error("method-not-allowed",
                "Method '" + exchange.getRequestMethod() + "' not supported for this resource."));
    }

    private static String authorization(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst("Authorization");
    }

    /** Answers normally, unless the operation has a fault queued. */
    private void serve(HttpExchange exchange, ApiOperation operation, byte[] body, Supplier<ApiResponse> normal)
            throws IOException {
        PlannedFault fault = faults.apply(operation).next();
        if (fault == null) {
            answer(exchange, normal.get(), body);
            return;
        }
        switch (fault.kind()) {
            case RESPOND:
                answer(exchange, ApiResponse.of(fault.response()), body);
                break;
            case STALL:
                record(exchange, body, RecordedRequest.NO_RESPONSE);
                deferred.stall(exchange);
                break;
            case DROP_BEFORE_ACCEPT:
                record(exchange, body, RecordedRequest.NO_RESPONSE);
                Exchanges.drop(exchange);
                break;
            case DROP_AFTER_ACCEPT:
                ApiResponse dropped = normal.get();
                record(exchange, body, RecordedRequest.NO_RESPONSE);
                accepted(dropped);
                Exchanges.drop(exchange);
                break;
            case DELAY:
                ApiResponse delayed = normal.get();
                record(exchange, body, delayed.status());
                accepted(delayed);
                deferred.sendLater(exchange, delayed, fault.delay());
                break;
            default:
                throw new IllegalStateException("Unknown fault " + fault);
        }
    }

    private ApiResponse process(HttpExchange exchange, String accountId, byte[] body) {
        return processor.process(accountId, authorization(exchange),
                exchange.getRequestHeaders().getFirst("Content-Type"), body);
    }

    private void answer(HttpExchange exchange, ApiResponse response, byte[] body) throws IOException {
        record(exchange, body, response.status());
        accepted(response);
        Exchanges.send(exchange, response);
    }

    private void accepted(ApiResponse response) {
        if (response.accepted() != null) {
            onAccepted.accept(response.accepted());
        }
        if (response.acceptedMultiChannel() != null) {
            onAcceptedMultiChannel.accept(response.acceptedMultiChannel());
        }
    }

    /** Records the request; a media upload's binary body is recorded as {@code ""} (the bytes are in the store). */
    private void record(HttpExchange exchange, byte[] body, int status) {
        boolean binary = "PUT".equals(exchange.getRequestMethod());
        requests.add(new RecordedRequest(clock.instant(), exchange.getRequestMethod(),
                exchange.getRequestURI().toString(), exchange.getRequestHeaders(),
                binary ? "" : new String(body, StandardCharsets.UTF_8), status));
    }

    /** @return the account id of a {@code /api/v2/users/{accountId}{suffix}} path, or null for any other path */
    private static String accountId(String path, String suffix) {
        if (path == null || !path.startsWith(PREFIX) || !path.endsWith(suffix)) {
            return null;
        }
        int end = path.length() - suffix.length();
        if (end <= PREFIX.length()) {
            return null;
        }
        String accountId = path.substring(PREFIX.length(), end);
        return accountId.indexOf('/') >= 0 ? null : accountId;
    }

    /**
     * @return the account and (decoded) media id of {@code /api/v2/users/{accountId}/media[/{mediaId}]}, the media id
     *         being null for the list; or null for any other path
     */
    private static Route mediaRoute(String path) {
        if (path == null || !path.startsWith(PREFIX)) {
            return null;
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String accountId = rest.substring(0, slash);
        String tail = rest.substring(slash);
        if (tail.equals(MEDIA) || tail.equals(MEDIA + "/")) {
            return new Route(accountId, null);
        }
        if (!tail.startsWith(MEDIA + "/")) {
            return null;
        }
        String mediaId = tail.substring(MEDIA.length() + 1);
        StringBuilder decoded = new StringBuilder();
        for (String segment : mediaId.split("/", -1)) {
            if (segment.isEmpty()) {
                return null;
            }
            decoded.append(decoded.length() == 0 ? "" : "/")
                    .append(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return new Route(accountId, decoded.toString());
    }

    /** A media path: the account, and the media id or null for the list. */
    private record Route(String accountId, String mediaId) {
    }
}
