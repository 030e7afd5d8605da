package io.camelbandwidth.messaging.callback;

import java.util.function.UnaryOperator;

import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.component.platform.http.spi.PlatformHttpSecurityHandler;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a webhook request's headers alone decide, in this order: credentials ({@code 401} with the challenge), declared
 * size ({@code 413}; an unreadable {@code Content-Length} is {@code 400}), content type ({@code 415}). Authentication
 * comes first, so that a stranger learns nothing of what the endpoint accepts.
 * <p>
 * As platform-http's security handler it runs as early as the engine allows. On Vert.x it runs with the headers only,
 * before the server reads the body: a refused request's body is never buffered, and a client that asked
 * {@code Expect: 100-continue} is never told to send it. Engines without that hook (Spring Boot's servlet engine) call
 * {@link #wrapProcessor} instead: the same checks, once the engine has read the body; there a servlet filter can call
 * {@link #check} before the body is read.
 */
public final class WebhookGate implements PlatformHttpSecurityHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookGate.class);

    private final CallbackCredentials credentials;
    private final long maxBodySize;

    public WebhookGate(CallbackCredentials credentials, long maxBodySize) {
        this.credentials = credentials;
        this.maxBodySize = maxBodySize;
    }

    /** The largest body the consumer accepts, in bytes. */
    public long maxBodySize() {
        return maxBodySize;
    }

    /** Engines with a pre-body hook (Vert.x) call this with the request headers only, on a worker thread. */
    @Override
    public boolean authenticate(PlatformHttpEndpoint endpoint, Exchange exchange) {
        WebhookRejection rejection = check(name -> exchange.getMessage().getHeader(name, String.class));
        if (rejection == null) {
            return true;
        }
        rejection.answer(exchange);
        return false;
    }

    /** Engines without a pre-body hook call this: the same checks as the first step of the processor. */
    @Override
    public Processor wrapProcessor(PlatformHttpEndpoint endpoint, Processor processor) {
        AsyncProcessor next = AsyncProcessorConverterHelper.convert(processor);
        return new AsyncProcessorSupport() {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                if (!authenticate(endpoint, exchange)) {
                    callback.done(true);
                    return true;
                }
                return next.process(exchange, callback);
            }
        };
    }

    /**
     * Checks a request's headers.
     *
     * @param  header the value of a request header by name (case-insensitive), or {@code null}
     * @return        how to refuse the request, or {@code null} when its headers pass
     */
    public WebhookRejection check(UnaryOperator<String> header) {
        String authorization = header.apply("Authorization");
        if (!credentials.accepts(authorization)) {
            // the first POST of every callback has no credentials: only a wrong password is worth a log
            if (authorization == null) {
                LOG.debug("Challenging a callback without credentials");
            } else {
                LOG.warn("Refused a callback with wrong credentials: check callbackUsername/callbackPassword"
                         + " against the Bandwidth application's callback credentials");
            }
            return new WebhookRejection(401, "Unauthorized");
        }
        String length = header.apply(Exchange.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared < 0) {
                LOG.warn("Refused a callback with an unreadable Content-Length");
                return new WebhookRejection(400, "Bad Request: unreadable Content-Length");
            }
            if (declared > maxBodySize) {
                LOG.warn("Refused a callback of {} bytes, larger than maxBodySize ({} bytes)", declared, maxBodySize);
                return WebhookRejection.tooLarge();
            }
        }
        try {
            JsonContentType.charset(header.apply(Exchange.CONTENT_TYPE));
        } catch (IllegalArgumentException e) {
            LOG.warn("Refused a callback: {}", e.getMessage());
            return new WebhookRejection(415, "Unsupported Media Type: send application/json");
        }
        return null;
    }
}
