package io.camelbandwidth.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Serves {@code /api/v2/users/{accountId}/messages}: records each request, applies the next queued fault, and
 * otherwise answers what {@link MessageProcessor} computed. Other paths under its context get a 404.
 */
final class MessagesHandler implements HttpHandler {

    static final String CONTEXT = "/api/v2/";
    private static final String PREFIX = "/api/v2/users/";
    private static final String SUFFIX = "/messages";
    private static final System.Logger LOG = System.getLogger(MessagesHandler.class.getName());
    private static final byte[] NOT_FOUND = Json.error("not-found", "Resource not found.");
    private static final byte[] INTERNAL_ERROR = Json.error("internal-server-error", "An internal server error occurred.");

    private final MessageProcessor processor;
    private final Faults faults;
    private final RecordLog<RecordedRequest> requests;
    private final Consumer<AcceptedMessage> onAccepted;
    private final ScheduledExecutorService scheduler;
    private final Executor responder;
    private final Clock clock;
    private final Set<HttpExchange> stalled = ConcurrentHashMap.newKeySet();

    MessagesHandler(MessageProcessor processor, Faults faults, RecordLog<RecordedRequest> requests,
                    Consumer<AcceptedMessage> onAccepted, ScheduledExecutorService scheduler, Executor responder,
                    Clock clock) {
        this.processor = processor;
        this.faults = faults;
        this.requests = requests;
        this.onAccepted = onAccepted;
        this.scheduler = scheduler;
        this.responder = responder;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = Exchanges.readBody(exchange);
            String accountId = accountId(exchange.getRequestURI().getRawPath());
            if (accountId == null) {
                Exchanges.sendJson(exchange, 404, NOT_FOUND);
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                record(exchange, body, 405);
                Exchanges.send(exchange, 405, Map.of("Allow", "POST"), Exchanges.JSON, Json.error("method-not-allowed",
                        "Method '" + exchange.getRequestMethod() + "' not supported for this resource."));
            } else {
                post(exchange, accountId, body);
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

    /** Closes the connections of stalled requests. */
    void closeStalled() {
        for (HttpExchange exchange : stalled) {
            stalled.remove(exchange);
            Exchanges.drop(exchange);
        }
    }

    private void post(HttpExchange exchange, String accountId, byte[] body) throws IOException {
        PlannedFault fault = faults.next();
        if (fault == null) {
            answer(exchange, process(exchange, accountId, body), body);
            return;
        }
        switch (fault.kind()) {
            case RESPOND:
                answer(exchange, ApiResponse.of(fault.response()), body);
                break;
            case STALL:
                record(exchange, body, RecordedRequest.NO_RESPONSE);
                stalled.add(exchange);
                break;
            case DROP_BEFORE_ACCEPT:
                record(exchange, body, RecordedRequest.NO_RESPONSE);
                Exchanges.drop(exchange);
                break;
            case DROP_AFTER_ACCEPT:
                ApiResponse dropped = process(exchange, accountId, body);
                record(exchange, body, RecordedRequest.NO_RESPONSE);
                accepted(dropped);
                Exchanges.drop(exchange);
                break;
            case DELAY:
                ApiResponse delayed = process(exchange, accountId, body);
                record(exchange, body, delayed.status());
                accepted(delayed);
                sendLater(exchange, delayed, fault);
                break;
            default:
                throw new IllegalStateException("Unknown fault " + fault);
        }
    }

    private ApiResponse process(HttpExchange exchange, String accountId, byte[] body) {
        return processor.process(accountId, exchange.getRequestHeaders().getFirst("Authorization"),
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
    }

    private void sendLater(HttpExchange exchange, ApiResponse response, PlannedFault fault) {
        Runnable send = () -> {
            try {
                Exchanges.send(exchange, response);
            } catch (IOException | RuntimeException e) {
                exchange.close();
            }
        };
        try {
            scheduler.schedule(() -> {
                try {
                    responder.execute(send);
                } catch (RejectedExecutionException stopping) {
                    exchange.close();
                }
            }, fault.delay().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            exchange.close();
        }
    }

    private void record(HttpExchange exchange, byte[] body, int status) {
        requests.add(new RecordedRequest(clock.instant(), exchange.getRequestMethod(),
                exchange.getRequestURI().toString(), exchange.getRequestHeaders(),
                new String(body, StandardCharsets.UTF_8), status));
    }

    /** @return the account id of a {@code /api/v2/users/{accountId}/messages} path, or null for any other path */
    static String accountId(String path) {
        if (path == null || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
            return null;
        }
        int end = path.length() - SUFFIX.length();
        if (end <= PREFIX.length()) {
            return null;
        }
        String accountId = path.substring(PREFIX.length(), end);
        return accountId.indexOf('/') >= 0 ? null : accountId;
    }
}
