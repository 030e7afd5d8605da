package io.camelbandwidth.simulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/** Small helpers to read requests from and write answers to a JDK {@link HttpExchange}. */
final class Exchanges {

    static final String JSON = "application/json";

    private Exchanges() {
    }

    static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    /** Sends a complete answer and closes the exchange (the connection stays open for keep-alive). */
    static void send(HttpExchange exchange, int status, Map<String, String> headers, String contentType,
                     byte[] body) throws IOException {
        Headers responseHeaders = exchange.getResponseHeaders();
        if (contentType != null) {
            responseHeaders.set("Content-Type", contentType);
        }
        headers.forEach(responseHeaders::set);
        boolean noBody = body.length == 0 || status == 204 || status == 304 || status < 200;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        send(exchange, response.status(), response.headers(), response.contentType(), response.body());
    }

    static void sendJson(HttpExchange exchange, int status, byte[] body) throws IOException {
        send(exchange, status, Map.of(), JSON, body);
    }

    /**
     * Closes the TCP connection without sending any response byte. With the JDK server, closing an exchange whose
     * response headers were not sent closes the underlying connection: the client reads end-of-stream.
     */
    static void drop(HttpExchange exchange) {
        exchange.close();
    }

    /** @return the media type of the {@code Content-Type} header without parameters, lower case, or "" */
    static String mediaType(HttpExchange exchange) {
        return mediaType(exchange.getRequestHeaders().getFirst("Content-Type"));
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
