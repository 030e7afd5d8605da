package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Serves the OAuth2 token endpoint {@code POST /api/v1/oauth2/token} (client credentials grant, client
 * authenticated with HTTP Basic).
 */
final class TokenHandler implements HttpHandler {

    static final String PATH = "/api/v1/oauth2/token";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Map<String, String> NO_STORE = Map.of("Cache-Control", "no-store", "Pragma", "no-cache");

    private final CredentialsChecker clientCredentials;
    private final TokenStore tokens;

    /**
     * @param clientCredentials   checks the client's Basic credentials (open: any client gets a token)
     * @param tokens              where tokens are issued
     */
    TokenHandler(CredentialsChecker clientCredentials, TokenStore tokens) {
        this.clientCredentials = clientCredentials;
        this.tokens = tokens;
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
                token(exchange, body);
            }
        } catch (IOException clientGone) {
            exchange.close();
        }
    }

    private void token(HttpExchange exchange, byte[] body) throws IOException {
        if (clientCredentials.check(exchange.getRequestHeaders().getFirst("Authorization")) == null) {
            Exchanges.send(exchange, 401, Map.of("WWW-Authenticate", "Basic realm=\"bandwidth-simulator\""),
                    Exchanges.JSON, oauthError("invalid_client"));
            return;
        }
        if (!FORM.equals(Exchanges.mediaType(exchange))) {
            Exchanges.sendJson(exchange, 400, oauthError("invalid_request"));
            return;
        }
        String grantType = form(new String(body, StandardCharsets.UTF_8)).get("grant_type");
        if (grantType == null) {
            Exchanges.sendJson(exchange, 400, oauthError("invalid_request"));
        } else if (!"client_credentials".equals(grantType)) {
            Exchanges.sendJson(exchange, 400, oauthError("unsupported_grant_type"));
        } else {
            ObjectNode answer = Json.object();
            answer.put("access_token", tokens.issue());
            answer.put("token_type", "Bearer");
            answer.put("expires_in", tokens.lifetimeSeconds());
            Exchanges.send(exchange, 200, NO_STORE, Exchanges.JSON, Json.bytes(answer));
        }
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
