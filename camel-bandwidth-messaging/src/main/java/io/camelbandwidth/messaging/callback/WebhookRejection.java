package io.camelbandwidth.messaging.callback;

import org.apache.camel.Exchange;

/**
 * A webhook request refused before any event reached a route: the status and the short plain text to answer with
 * ({@link #getMessage()}), and for a {@code 401} the challenge.
 */
public final class WebhookRejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    WebhookRejection(int status, String answer) {
        super(answer, null, false, false);
        this.status = status;
    }

    static WebhookRejection tooLarge() {
        return new WebhookRejection(413, "Payload Too Large");
    }

    public int status() {
        return status;
    }

    /** The {@code WWW-Authenticate} header to answer with, or {@code null}. */
    public String challenge() {
        return status == 401 ? WebhookAnswers.CHALLENGE : null;
    }

    /** Writes the answer on the exchange. */
    void answer(Exchange exchange) {
        WebhookAnswers.write(exchange, status, getMessage());
        if (challenge() != null) {
            exchange.getMessage().setHeader("WWW-Authenticate", challenge());
        }
    }
}
