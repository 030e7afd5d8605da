package io.camelbandwidth.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * POSTs one webhook body like Bandwidth does: first without {@code Authorization}; on {@code 401} with a
 * {@code WWW-Authenticate: Basic} challenge, again with the configured Basic credentials; a {@code 401} without
 * challenge (or without credentials to answer it) loses the callback. Any other non-2xx answer or a connection
 * failure is retried after a fixed backoff until the attempts are used up, at the next of the {@link CallbackTargets}
 * (another instance of the application when there are several). Every POST is recorded.
 */
final class CallbackSender {

    private static final System.Logger LOG = System.getLogger(CallbackSender.class.getName());

    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    private final String authorization;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration timeout;
    private final RecordLog<CallbackAttempt> attempts;
    private final Clock clock;

    /**
     * @param user        the callback user answering challenges, or null for none
     * @param password    its password
     * @param maxAttempts delivery attempts of one callback, at least 1 (a challenge re-POST is part of its attempt)
     * @param backoff     pause between attempts
     * @param timeout     connect and answer timeout of one POST
     */
    CallbackSender(ScheduledExecutorService scheduler, String user, String password, int maxAttempts,
                   Duration backoff, Duration timeout, RecordLog<CallbackAttempt> attempts, Clock clock) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.scheduler = scheduler;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.timeout = timeout;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** @return completes with true once the receiver answered 2xx, false once the callback is given up */
    CompletableFuture<Boolean> post(CallbackTargets targets, byte[] body) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        attempt(targets, URI.create(targets.next()), body, 1, result);
        return result;
    }

    private void attempt(CallbackTargets targets, URI url, byte[] body, int attempt,
                         CompletableFuture<Boolean> result) {
        send(url, body, false).whenComplete((response, error) -> {
            if (response != null && response.statusCode() == 401 && isBasicChallenge(response) && authorization != null) {
                send(url, body, true).whenComplete((retried, retryError) ->
                        conclude(targets, url, body, attempt, result, retried, false));
            } else {
                conclude(targets, url, body, attempt, result, response, true);
            }
        });
    }

    private void conclude(CallbackTargets targets, URI url, byte[] body, int attempt,
                          CompletableFuture<Boolean> result, HttpResponse<Void> response, boolean unauthenticated) {
        int status = response == null ? CallbackAttempt.NO_RESPONSE : response.statusCode();
        if (status >= 200 && status < 300) {
            result.complete(true);
        } else if (status == 401 && unauthenticated) {
            LOG.log(System.Logger.Level.DEBUG, "Callback to {0} lost: 401 without a challenge it can answer", url);
            result.complete(false);
        } else if (attempt >= maxAttempts) {
            LOG.log(System.Logger.Level.DEBUG, "Callback to {0} given up after {1} attempts", url, attempt);
            result.complete(false);
        } else {
            try {
                URI retryUrl = URI.create(targets.after(url.toString()));
                scheduler.schedule(() -> attempt(targets, retryUrl, body, attempt + 1, result), backoff.toNanos(),
                        TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopped) {
                result.complete(false);
            }
        }
    }

    private CompletableFuture<HttpResponse<Void>> send(URI url, byte[] body, boolean withAuthorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "bandwidth-messaging-simulator")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (withAuthorization) {
            request.header("Authorization", authorization);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        Instant sent = clock.instant();
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> attempts.add(new CallbackAttempt(sent, url.toString(), text,
                        withAuthorization, response == null ? CallbackAttempt.NO_RESPONSE : response.statusCode(),
                        error == null ? null : String.valueOf(error.getCause() != null ? error.getCause() : error))))
                .exceptionally(error -> null);
    }

    private static boolean isBasicChallenge(HttpResponse<?> response) {
        return response.headers().allValues("WWW-Authenticate").stream()
                .anyMatch(value -> value.trim().regionMatches(true, 0, "Basic", 0, "Basic".length()));
    }
}
