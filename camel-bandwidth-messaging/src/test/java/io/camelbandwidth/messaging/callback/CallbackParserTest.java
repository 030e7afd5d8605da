package io.camelbandwidth.messaging.callback;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.support.BandwidthJson;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.WebhookClient.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbackParserTest {

    private static List<BandwidthCallback> parse(String json) throws MalformedCallbackException {
        CallbackBatch batch = CallbackParser.parse(json.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), batch.malformed());
        return batch.events();
    }

    @Test
    void readsAnArrayOrALoneEvent() throws Exception {
        String event = event("message-delivered", "m-1", "+15554443333", null);

        assertEquals(2, parse("[" + event + "," + event + "]").size());
        assertEquals("m-1", parse(event).get(0).getMessage().getId());
        assertTrue(parse(" [ ] ").isEmpty());
    }

    @Test
    void toleratesARecipientListGivenAsOneString() throws Exception {
        BandwidthCallback event = parse("{\"type\":\"message-received\",\"message\":{\"id\":\"m\",\"to\":\"+15551113333\"}}")
                .get(0);
        assertEquals(List.of("+15551113333"), event.getMessage().getTo());
        assertNull(event.getErrorCode());
        assertTrue(event.getErrorCodeInfo().isEmpty());
    }

    @Test
    void writesBandwidthsShapeBackWithUnknownFields() throws Exception {
        String json = "{\"type\":\"message-failed\",\"time\":\"2026-11-27T16:51:27.704450Z\",\"to\":\"+15554443333\","
                      + "\"description\":\"x\",\"errorCode\":5600,\"flavour\":\"new\","
                      + "\"message\":{\"id\":\"m\",\"segmentCount\":2,\"direction\":\"out\",\"content\":{\"a\":[1,2]}}}";
        BandwidthCallback event = parse(json).get(0);

        JsonNode written = BandwidthJson.mapper().valueToTree(event);
        JsonNode writtenByAPlainMapper = new ObjectMapper().valueToTree(event);

        assertEquals(BandwidthJson.mapper().readTree(json), written, "a route can hand the event on as JSON");
        assertEquals(written, writtenByAPlainMapper, "no Java time module needed");
        assertEquals(event.getTime(), new ObjectMapper().treeToValue(written, BandwidthCallback.class).getTime());
        assertFalse(written.has("errorCodeInfo"));
        assertFalse(written.has("inbound"));
    }

    @Test
    void aMalformedElementIsSetAsideAndTheOthersAreRead() throws Exception {
        String good = event("message-delivered", "m-1", "+15554443333", null);
        String bad = "{\"type\":\"message-failed\",\"errorCode\":\"secret-+15554443333\",\"message\":{\"id\":\"m\"}}";

        CallbackBatch batch = CallbackParser.parse(("[" + good + "," + bad + ",42," + good + "]")
                .getBytes(StandardCharsets.UTF_8), null);

        assertEquals(2, batch.events().size());
        assertEquals(4, batch.size());
        CallbackBatch.MalformedEvent first = batch.malformed().get(0);
        assertEquals(1, first.index());
        assertEquals(BandwidthJson.mapper().readTree(bad), BandwidthJson.mapper().readTree(first.json()));
        assertEquals("Event 1 has a field of the wrong type", first.problem(), "never quotes the element");
        assertEquals("Event 2 is not an object", batch.malformed().get(1).problem());
    }

    @Test
    void aBodyThatIsNotEventsIsRefusedAsAWhole() {
        for (String body : new String[] { "", "{", "42", "\"text\"", "null", "[] []" }) {
            assertThrows(MalformedCallbackException.class, () -> parse(body), body);
        }
    }

    @Test
    void toStringShowsNoNumbersNorText() throws Exception {
        BandwidthCallback event = parse("{\"type\":\"message-received\",\"to\":\"+15551113333\","
                                        + "\"message\":{\"id\":\"m-9\",\"from\":\"+15557778888\",\"text\":\"secret\"}}")
                .get(0);
        String shown = event + " " + event.getMessage();
        assertTrue(shown.contains("m-9"));
        assertFalse(shown.contains("+1555") || shown.contains("secret"), shown);
    }
}
