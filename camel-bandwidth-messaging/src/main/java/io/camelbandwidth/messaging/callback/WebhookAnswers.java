package io.camelbandwidth.messaging.callback;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * How the consumer answers a webhook request: a status and a short plain text, nothing of the request echoed back.
 */
final class WebhookAnswers {

    /** The challenge Bandwidth answers with its callback credentials; a 401 without it loses the callback. */
    static final String CHALLENGE = "Basic realm=\"Bandwidth callbacks\", charset=\"UTF-8\"";

    private WebhookAnswers() {
    }

    /** Replaces the request's headers (never echoed back) with a short plain-text answer. */
    static void write(Exchange exchange, int status, String text) {
        Message out = exchange.getMessage();
        out.getHeaders().clear();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        out.setBody(text);
    }
}
