package io.camelbandwidth.messaging.callback;

import org.apache.camel.Exchange;

/**
 * A webhook request refused before any event reached a route: the status and the short plain text to answer with.
 */
final class WebhookRejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    WebhookRejection(int status, String answer) {
        super(answer, null, false, false);
        this.status = status;
    }

    static WebhookRejection tooLarge() {
        return new WebhookRejection(413, "Payload Too Large");
    }

    /** Writes the answer on the exchange; a 401 carries the challenge. */
    void answer(Exchange exchange) {
        WebhookAnswers.write(exchange, status, getMessage());
        if (status == 401) {
            exchange.getMessage().setHeader("WWW-Authenticate", WebhookAnswers.CHALLENGE);
        }
    }
}
