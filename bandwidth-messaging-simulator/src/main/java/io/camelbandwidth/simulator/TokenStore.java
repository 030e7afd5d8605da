package io.camelbandwidth.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The OAuth2 access tokens the simulator issued, with their server-side expiry. Thread-safe. */
final class TokenStore {

    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    TokenStore(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Issues a new random token valid for the configured lifetime. */
    String issue() {
        Instant now = clock.instant();
        expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(token, now.plus(lifetime));
        issued.incrementAndGet();
        return token;
    }

    /** @return true if {@code token} was issued, is not revoked and has not expired */
    boolean isValid(String token) {
        Instant expiry = expiries.get(token);
        if (expiry == null) {
            return false;
        }
        if (!expiry.isAfter(clock.instant())) {
            expiries.remove(token);
            return false;
        }
        return true;
    }

    /** @return the lifetime announced as {@code expires_in}, in whole seconds */
    long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    void revokeAll() {
        expiries.clear();
    }

    long issued() {
        return issued.get();
    }

    void resetIssuedCount() {
        issued.set(0);
    }
}
