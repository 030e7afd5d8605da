package io.camelbandwidth.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * One HTTP POST of a webhook (callback) by the simulator to the application's callback URL.
 *
 * @param time              when the POST was sent
 * @param url               the callback URL
 * @param body              the JSON body posted (an array of events)
 * @param authorizationSent true if the POST carried {@code Authorization: Basic …} (the answer to a challenge)
 * @param status            the HTTP status answered by the receiver, or {@link #NO_RESPONSE} if the POST failed
 *                          (connection refused, timeout…)
 * @param error             the failure of a POST without answer, {@code null} otherwise
 */
public record CallbackAttempt(Instant time, String url, String body, boolean authorizationSent, int status,
                              String error) {

    /** The {@link #status()} of a POST that got no HTTP answer. */
    public static final int NO_RESPONSE = -1;

    /**
     * Creates a record of one webhook POST; {@code time}, {@code url} and {@code body} are required.
     *
     * @param time see {@link #time()}
     * @param url see {@link #url()}
     * @param body see {@link #body()}
     * @param authorizationSent see {@link #authorizationSent()}
     * @param status see {@link #status()}
     * @param error see {@link #error()}
     */
    public CallbackAttempt {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
    }

    /** @return true if the receiver answered 2xx */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
