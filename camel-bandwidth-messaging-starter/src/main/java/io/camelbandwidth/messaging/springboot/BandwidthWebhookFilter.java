package io.camelbandwidth.messaging.springboot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.camelbandwidth.messaging.BandwidthSmsComponent;
import io.camelbandwidth.messaging.callback.WebhookGate;
import io.camelbandwidth.messaging.callback.WebhookRejection;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;

/**
 * Gives the {@code bandwidth-sms} consumers on Spring Boot's servlet engine what platform-http gives them on Vert.x:
 * refusals that cost nothing. platform-http's servlet consumer reads a request's whole body before any Camel code
 * runs, so this filter, in front of it, runs the consumer's header checks first (credentials, declared size, content
 * type: a refused request's body is never read), and reads a chunked body only up to the consumer's
 * {@code maxBodySize} (a larger one is answered {@code 413} there). Requests to other paths pass untouched.
 */
public class BandwidthWebhookFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient CamelContext camelContext;

    public BandwidthWebhookFilter(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        WebhookGate gate = "POST".equals(request.getMethod()) ? gate(pathWithinServlet(request)) : null;
        if (gate == null) {
            chain.doFilter(request, response);
            return;
        }
        WebhookRejection rejection = gate.check(request::getHeader);
        if (rejection != null) {
            refuse(response, rejection.status(), rejection.getMessage(), rejection.challenge());
            return;
        }
        if (request.getContentLengthLong() >= 0) {
            // within the limit (the gate checked it), and the container reads no more than declared
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), gate.maxBodySize());
        if (body == null) {
            refuse(response, 413, "Payload Too Large", null);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** The path platform-http matches: after the context path and the dispatcher servlet's prefix mapping, if any. */
    private static String pathWithinServlet(HttpServletRequest request) {
        return request.getPathInfo() != null ? request.getPathInfo() : request.getServletPath();
    }

    /** The gate of the bandwidth-sms consumer on this path, in any bandwidth-sms component of the context. */
    private WebhookGate gate(String path) {
        for (String name : camelContext.getComponentNames()) {
            Component component = camelContext.hasComponent(name);
            if (component instanceof BandwidthSmsComponent bandwidth) {
                WebhookGate gate = bandwidth.webhookGate(path);
                if (gate != null) {
                    return gate;
                }
            }
        }
        return null;
    }

    /** The body, or {@code null} as soon as it grows larger than the limit. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (body.size() + (long) read > limit) {
                return null;
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private static void refuse(HttpServletResponse response, int status, String text, String challenge)
            throws IOException {
        response.setStatus(status);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.setContentType("text/plain;charset=utf-8");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
