package io.camelbandwidth.simulator;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where webhooks go when the application runs as several instances behind a load balancer: each webhook goes to the
 * next URL in turn (round-robin), and a retry of a webhook goes to the URL after the one that failed, so that it lands
 * on another instance, as Bandwidth's retries do behind a load balancer.
 */
final class CallbackTargets {

    private final List<String> urls;
    private final AtomicInteger turn = new AtomicInteger();

    /** @param urls at least one URL */
    CallbackTargets(List<String> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no callback URL");
        }
        this.urls = List.copyOf(urls);
    }

    /** @return targets for these URLs, or null for none */
    static CallbackTargets of(List<String> urls) {
        return urls == null || urls.isEmpty() ? null : new CallbackTargets(urls);
    }

    /** @return the URL of a webhook's first attempt: the next one in turn */
    String next() {
        return urls.get(Math.floorMod(turn.getAndIncrement(), urls.size()));
    }

    /** @return the URL of a retry: the one after {@code previous} (another one when there are several) */
    String after(String previous) {
        return urls.get((urls.indexOf(previous) + 1) % urls.size());
    }

    List<String> urls() {
        return urls;
    }
}
