package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A multi-channel message the simulator accepted ({@code 202} from {@code POST …/messages/multiChannel}).
 *
 * @param accountId  the {@code {accountId}} of the request path
 * @param id         the message id given in the answer's {@code data}
 * @param time       the time given in the answer's {@code data}
 * @param request    the request body as sent (a {@code multiChannelMessageRequest} JSON object); do not modify it
 * @param authScheme {@code "Basic"} or {@code "Bearer"}, or {@code null} on an open simulator without credentials
 */
public record AcceptedMultiChannelMessage(String accountId, String id, Instant time, JsonNode request,
                                          String authScheme) {

    /**
     * Creates a record of an accepted message; every component but {@code authScheme} is required.
     *
     * @param accountId see {@link #accountId()}
     * @param id see {@link #id()}
     * @param time see {@link #time()}
     * @param request see {@link #request()}
     * @param authScheme see {@link #authScheme()}
     */
    public AcceptedMultiChannelMessage {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(request, "request");
    }

    /** @return the one recipient ({@code to}) */
    public String to() {
        return request.path("to").asText();
    }

    /** @return the channels of the channel list ({@code RBM}, {@code SMS}, {@code MMS}), in the order they are tried */
    public List<String> channels() {
        List<String> channels = new ArrayList<>();
        request.path("channelList").forEach(item -> channels.add(item.path("channel").asText()));
        return List.copyOf(channels);
    }

    /**
     * @param index the position in the channel list
     * @return that channel list entry as sent ({@code from}, {@code applicationId}, {@code channel}, {@code content})
     */
    public JsonNode channel(int index) {
        return request.path("channelList").path(index);
    }

    /** @return the {@code tag} of the request, or {@code null} if absent */
    public String tag() {
        JsonNode tag = request.get("tag");
        return tag == null || tag.isNull() ? null : tag.asText();
    }
}
