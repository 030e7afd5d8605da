package io.camelbandwidth.messaging;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.model.BandwidthMessage;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.FaultResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Bandwidth adds values and fields over time (a new priority, direction, event type): an answer or callback carrying
 * one keeps everything the component knows, and the new value travels along instead of being dropped.
 */
class ForwardCompatibilityTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final ObjectMapper ANY_MAPPER = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333"));
            }
        };
    }

    private Exchange sendAnswered(String accepted) {
        bandwidth.simulator().faults().respond(FaultResponse.status(202).json(accepted), 1);
        Exchange exchange = template.request("direct:send", e -> e.getMessage().setBody("hi"));
        assertNull(exchange.getException());
        return exchange;
    }

    @Test
    void anAcceptedAnswerWithValuesWeDoNotKnowKeepsTheIdAndTheNewValues() throws Exception {
        Exchange exchange = sendAnswered("{\"id\":\"m-1\",\"owner\":\"+15551113333\",\"time\":\"2026-11-27T10:00:00Z\","
                                         + "\"segmentCount\":3,\"direction\":\"sideways\",\"priority\":\"urgent\","
                                         + "\"channel\":\"RBM\",\"to\":[\"+15554443333\"],\"from\":\"+15551113333\"}");

        assertEquals("m-1", exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertEquals(3, exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT));
        BandwidthMessage message = exchange.getMessage().getBody(BandwidthMessage.class);
        assertEquals("m-1", message.getId());
        assertEquals("sideways", message.getDirection());
        assertNull(message.getPriority(), "not one of the priorities the component knows");
        assertEquals("urgent", message.getAdditionalProperties().get("priority"), "kept as Bandwidth sent it");
        assertEquals("RBM", message.getAdditionalProperties().get("channel"));
        JsonNode written = ANY_MAPPER.readTree(ANY_MAPPER.writeValueAsString(message));
        assertEquals("urgent", written.path("priority").asText(), "written back as it came: " + written);
    }

    @Test
    void anAcceptedAnswerWithAFieldWeCannotReadStillGivesTheId() {
        Exchange exchange = sendAnswered("{\"id\":\"m-2\",\"segmentCount\":1,\"time\":\"last tuesday\","
                                         + "\"to\":\"+15554443333\",\"expiration\":{\"in\":\"1h\"}}");

        assertEquals("m-2", exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertEquals(1, exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT));
    }

    @Test
    void aCallbackWithATypeDirectionPriorityOrFieldWeDoNotKnowKeepsEverything() throws Exception {
        String json = "{\"type\":\"message-teleported\",\"time\":\"2026-11-27T10:00:00Z\",\"to\":\"+15554443333\","
                      + "\"description\":\"beamed\",\"errorCode\":4720,\"hologram\":{\"fps\":60},"
                      + "\"message\":{\"id\":\"m-3\",\"direction\":\"sideways\",\"priority\":\"urgent\","
                      + "\"channel\":\"HOLOGRAM\",\"segmentCount\":1,\"to\":[\"+15554443333\"],"
                      + "\"from\":\"+15551113333\",\"tag\":\"t-1\",\"sparkles\":true}}";

        for (ObjectMapper mapper : List.of(ANY_MAPPER, io.camelbandwidth.messaging.support.BandwidthJson.mapper())) {
            BandwidthCallback event = mapper.readValue(json, BandwidthCallback.class);

            assertEquals("message-teleported", event.getType());
            assertEquals(4720, event.getErrorCode());
            assertEquals(Map.of("fps", 60), event.getAdditionalProperties().get("hologram"));
            assertEquals("m-3", event.getMessage().getId());
            assertEquals("sideways", event.getMessage().getDirection());
            assertEquals("urgent", event.getMessage().getPriority());
            assertEquals("HOLOGRAM", event.getMessage().getChannel());
            assertEquals("t-1", event.getMessage().getTag());
            assertEquals(true, event.getMessage().getAdditionalProperties().get("sparkles"));
            assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(event)), "written back whole");
        }
    }
}
