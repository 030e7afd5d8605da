package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message the simulator accepted (answered, or would have answered, {@code 202 Accepted}).
 *
 * @param accountId    the {@code {accountId}} of the request path
 * @param id           the message id given in the {@code 202} answer
 * @param time         the message creation time given in the {@code 202} answer
 * @param request      the request body as sent (a {@code messageRequest} JSON object); do not modify it
 * @param segmentCount the segment count given in the {@code 202} answer (1 for MMS)
 * @param authScheme   {@code "Basic"} or {@code "Bearer"}: the scheme of the {@code Authorization} header that
 *                     authenticated the request; {@code null} if the simulator runs without credentials and the
 *                     request carried none
 */
public record AcceptedMessage(String accountId, String id, Instant time, JsonNode request, int segmentCount,
                              String authScheme) {

    /**
     * Creates a record of an accepted message; every component but {@code authScheme} is required.
     *
     * @param accountId see {@link #accountId()}
     * @param id see {@link #id()}
     * @param time see {@link #time()}
     * @param request see {@link #request()}
     * @param segmentCount see {@link #segmentCount()}
     * @param authScheme see {@link #authScheme()}
     */
    public AcceptedMessage {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(request, "request");
    }

    /** @return the {@code applicationId} of the request */
    public String applicationId() {
        return request.path("applicationId").asText();
    }

    /** @return the {@code from} of the request (the sender number or alphanumeric sender id) */
    public String from() {
        return request.path("from").asText();
    }

    /** @return the recipients ({@code to}) of the request, in request order */
    public List<String> to() {
        return strings(request.path("to"));
    }

    /** @return the {@code text} of the request, or {@code null} if absent */
    public String text() {
        return textOrNull("text");
    }

    /** @return the {@code media} URLs of the request; empty if none */
    public List<String> media() {
        return strings(request.path("media"));
    }

    /** @return the {@code tag} of the request, or {@code null} if absent */
    public String tag() {
        return textOrNull("tag");
    }

    /** @return the {@code priority} of the request, or {@code null} if absent */
    public String priority() {
        return textOrNull("priority");
    }

    /** @return true if the message carries media, i.e. is an MMS */
    public boolean isMms() {
        return request.path("media").size() > 0;
    }

    private String textOrNull(String field) {
        JsonNode node = request.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>(array.size());
        array.forEach(node -> values.add(node.asText()));
        return List.copyOf(values);
    }
}
