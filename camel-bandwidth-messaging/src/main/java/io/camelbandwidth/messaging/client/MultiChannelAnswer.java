package io.camelbandwidth.messaging.client;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessage;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageResponse;
import io.camelbandwidth.messaging.support.BandwidthJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Bandwidth's 2xx answer to a multi-channel message. The message is queued by then, so the answer must never
 * fail the exchange (a redelivery would send it twice): values Bandwidth adds later (an enum value, a channel) are
 * read as {@code null}, and an answer that still cannot be read keeps at least the message id and time.
 */
final class MultiChannelAnswer {

    private static final Logger LOG = LoggerFactory.getLogger(MultiChannelAnswer.class);
    private static final ObjectReader READER = BandwidthJson.mapper().readerFor(MultiChannelMessageResponse.class)
            .with(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .without(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE);

    private MultiChannelAnswer() {
    }

    static MultiChannelMessageResponse read(int status, byte[] body) {
        if (body == null || body.length == 0) {
            return new MultiChannelMessageResponse();
        }
        try {
            MultiChannelMessageResponse response = READER.readValue(body);
            return response == null ? new MultiChannelMessageResponse() : response;
        } catch (Exception e) {
            LOG.warn("Bandwidth accepted the multi-channel message (HTTP {}) but its answer could not be read in full:"
                     + " {}", status, e.getClass().getSimpleName());
            return idAndTime(body);
        }
    }

    /** What correlation needs, from whatever JSON the answer is. */
    private static MultiChannelMessageResponse idAndTime(byte[] body) {
        MultiChannelMessageResponse response = new MultiChannelMessageResponse();
        try {
            JsonNode data = BandwidthJson.mapper().readTree(body).path("data");
            MultiChannelMessage message = new MultiChannelMessage();
            response.setData(message);
            if (data.path("id").isTextual()) {
                message.setId(data.get("id").asText());
            }
            if (data.path("time").isTextual()) {
                message.setTime(OffsetDateTime.parse(data.get("time").asText()));
            }
        } catch (Exception notJsonOrNoTime) {
            // nothing more to keep
        }
        return response;
    }
}
