package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves the OAuth2 token endpoint {@code POST /api/v1/oauth2/token} (client credentials grant, client
 * authenticated with HTTP Basic), applying the faults queued for {@link ApiOperation#OAUTH2_TOKEN}.
 */
final class TokenHandler implements HttpHandler {

    static final String PATH = "/api/v1/oauth2/token";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Map<String, String> NO_STORE = Map.of("Cache-Control", "no-store", "Pragma", "no-cache");

    private final CredentialsChecker clientCredentials;
    private final TokenStore tokens;
    private final Faults faults;
    private final DeferredAnswers deferred;
    private final AtomicLong requests = new AtomicLong();

    /**
     * @param clientCredentials checks the client's Basic credentials (open: any client gets a token)
     * @param tokens            where tokens are issued
     * @param faults            the faults of the token endpoint
     * @param deferred          holds back the answers of delayed and stalled requests
     */
    TokenHandler(CredentialsChecker clientCredentials, TokenStore tokens, Faults faults, DeferredAnswers deferred) {
        this.clientCredentials = clientCredentials;
        this.tokens = tokens;
        this.faults = faults;
        this.deferred = deferred;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = Exchanges.readBody(exchange);
            if (!PATH.equals(exchange.getRequestURI().getRawPath())) {
                Exchanges.sendJson(exchange, 404, Json.NOT_FOUND);
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                Exchanges.send(exchange, 405, Map.of("Allow", "POST"), Exchanges.JSON, oauthError("invalid_request"));
            } else {
                requests.incrementAndGet();
                serve(exchange, body);
            }
        } catch (IOException clientGone) {
            exchange.close();
        }
    }

    /** @return the token requests (POSTs to the path) since start or the last {@link #resetCount()} */
    long requests() {
        return requests.get();
    }

    void resetCount() {
        requests.set(0);
    }

    /** Answers normally, unless a fault is queued: a drop after accepting issues a token nobody receives. */
    private void serve(HttpExchange exchange, byte[] body) throws IOException {
        PlannedFault fault = faults.next();
        if (fault == null) {
            Exchanges.send(exchange, token(exchange, body));
            return;
        }
        switch (fault.kind()) {
            case RESPOND -> Exchanges.send(exchange, ApiResponse.of(fault.response()));
            case DELAY -> deferred.sendLater(exchange, token(exchange, body), fault.delay());
            case STALL -> deferred.stall(exchange);
            case DROP_BEFORE_ACCEPT -> Exchanges.drop(exchange);
            case DROP_AFTER_ACCEPT -> {
                token(exchange, body);
                Exchanges.drop(exchange);
            }
            default -> throw new IllegalStateException("Unknown fault " + fault);
        }
    }

    private ApiResponse token(HttpExchange exchange, byte[] body) {
        if (clientCredentials.check(exchange.getRequestHeaders().getFirst("Authorization")) == null) {
            return new ApiResponse(401, Map.of("WWW-Authenticate", "Basic realm=\"bandwidth-simulator\""),
                    Exchanges.JSON, oauthError("invalid_client"), null);
        }
        if (!FORM.equals(Exchanges.mediaType(exchange))) {
            return ApiResponse.json(400, oauthError("invalid_request"));
        }
        String grantType = form(new String(body, StandardCharsets.UTF_8)).get("grant_type");
        if (grantType == null) {
            return ApiResponse.json(400, oauthError("invalid_request"));
        }
        if (!"client_credentials".equals(grantType)) {
            return ApiResponse.json(400, oauthError("unsupported_grant_type"));
        }
        ObjectNode answer = Json.object();
        answer.put("access_token", tokens.issue());
        answer.put("token_type", "Bearer");
        answer.put("expires_in", tokens.lifetimeSeconds());
        return new ApiResponse(200, NO_STORE, Exchanges.JSON, Json.bytes(answer), null);
    }

    private static byte[] oauthError(String error) {
        ObjectNode node = Json.object();
        node.put("error", error);
        return Json.bytes(node);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                values.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // ignore a malformed pair, like a lenient server
            }
        }
        return values;
    }
}
