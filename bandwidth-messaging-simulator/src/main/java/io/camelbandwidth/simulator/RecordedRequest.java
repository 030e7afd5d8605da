package io.camelbandwidth.simulator;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A request that reached the messages endpoint, whatever the simulator answered.
 *
 * @param time    when the simulator received it
 * @param method  the HTTP method
 * @param uri     the request URI as sent (raw path and query)
 * @param headers the request headers; the map looks names up case-insensitively
 * @param body    the request body decoded as UTF-8
 * @param status  the HTTP status answered, or {@link #NO_RESPONSE} if the simulator dropped or stalled the request
 */
public record RecordedRequest(Instant time, String method, String uri, Map<String, List<String>> headers,
                              String body, int status) {

    /** The {@link #status()} of a request that got no HTTP answer (dropped or stalled connection). */
    public static final int NO_RESPONSE = -1;

    /**
     * Creates a record of a request; the headers are copied into an unmodifiable, case-insensitive map.
     *
     * @param time see {@link #time()}
     * @param method see {@link #method()}
     * @param uri see {@link #uri()}
     * @param headers see {@link #headers()}
     * @param body see {@link #body()}
     * @param status see {@link #status()}
     */
    public RecordedRequest {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the first value of a request header.
     *
     * @param name the header name, any case
     * @return the first value, or {@code null} if the header is absent
     */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
