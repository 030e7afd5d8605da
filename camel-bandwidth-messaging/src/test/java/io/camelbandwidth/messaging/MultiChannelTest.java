package io.camelbandwidth.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbandwidth.messaging.model.MessagePriority;
import io.camelbandwidth.messaging.model.multichannel.ChannelListItem;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessage;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageRequest;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageResponse;
import io.camelbandwidth.messaging.model.multichannel.RbmAction;
import io.camelbandwidth.messaging.model.multichannel.RbmCarousel;
import io.camelbandwidth.messaging.model.multichannel.RbmChannelItem;
import io.camelbandwidth.messaging.model.multichannel.RbmContent;
import io.camelbandwidth.messaging.model.multichannel.RbmText;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.AcceptedMultiChannelMessage;
import io.camelbandwidth.simulator.ApiOperation;
import io.camelbandwidth.simulator.FaultResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.APPLICATION_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sendMultiChannelMessage} through a route against the simulator: the request from a typed body, a Map or
 * JSON, completed by headers and options; Bandwidth's envelope as the answer; its errors as the usual exceptions; and
 * answers read without failing a message Bandwidth accepted.
 */
class MultiChannelTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final String TO = "+15552223333";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:multiChannel").to(bandwidth.oauthUri("operation=sendMultiChannelMessage&from=" + FROM));
                from("direct:default").to(bandwidth.basicUri("from=" + FROM));
                from("direct:options").to(bandwidth.basicUri("operation=sendMultiChannelMessage&from=" + FROM
                                                             + "&to=%2B15552223333&tag=from-option&priority=high"));
            }
        };
    }

    private Exchange send(String route, Object body, Map<String, Object> headers) {
        return template.request(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    private static MultiChannelMessageRequest rbmThenSms() {
        return MultiChannelMessageRequest.to(TO)
                .channel(ChannelListItem.rbm("BandwidthRBM", RbmContent.text("Your order shipped",
                        RbmAction.reply("Track it", "track:42"), RbmAction.requestLocation("Nearest store", "store"))))
                .channel(ChannelListItem.sms(null, "Your order shipped"));
    }

    @Test
    void sendsATypedRequestCompletedByTheOptions() {
        MultiChannelMessageRequest request = rbmThenSms().tag("order-42");

        Exchange exchange = send("direct:multiChannel", request, Map.of());

        assertNull(exchange.getException(), () -> "failed: " + exchange.getException());
        AcceptedMultiChannelMessage accepted = bandwidth.simulator().awaitAcceptedMultiChannel(1, WAIT).get(0);
        MultiChannelMessageResponse response = exchange.getMessage().getBody(MultiChannelMessageResponse.class);
        MultiChannelMessage data = response.getData();
        assertEquals(accepted.id(), data.getId());
        assertEquals(accepted.id(), exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertEquals(data.getTime(), exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_TIME));
        assertEquals("out", data.getDirection());
        assertEquals(List.of(TO), data.getTo());
        assertEquals("BandwidthRBM", data.getChannelList().get(0).getOwner());
        assertInstanceOf(RbmText.class, ((RbmChannelItem) data.getChannelList().get(0)).getContent());
        assertTrue(response.getErrors().isEmpty());

        assertEquals(List.of("RBM", "SMS"), accepted.channels());
        assertEquals("BandwidthRBM", accepted.channel(0).path("from").asText(), "set in the request, kept");
        assertEquals(FROM, accepted.channel(1).path("from").asText(), "the endpoint's from fills the SMS sender");
        assertEquals(APPLICATION_ID, accepted.channel(0).path("applicationId").asText());
        assertEquals(APPLICATION_ID, accepted.channel(1).path("applicationId").asText());
        assertEquals("dHJhY2s6NDI=", accepted.channel(0).path("content").path("suggestions").get(0)
                .path("postbackData").asText(), "postback sent base64");
        assertEquals("order-42", accepted.tag());
        assertEquals("Bearer", accepted.authScheme());
        assertNull(request.getChannelList().get(1).getFrom(), "the caller's request is never changed");
        assertNull(request.getChannelList().get(1).getApplicationId());
    }

    @Test
    void takesAMapOrJsonBodyAndTheHeaders() throws Exception {
        String json = "{\"channelList\":[{\"from\":\"BandwidthRBM\",\"channel\":\"RBM\",\"content\":{\"cardWidth\":"
                      + "\"SMALL\",\"cardContents\":[{\"title\":\"Red\"},{\"title\":\"Blue\"}]}},"
                      + "{\"channel\":\"SMS\",\"content\":{\"text\":\"Red or blue?\"}}]}";
        OffsetDateTime expiration = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).withNano(0);
        Map<String, Object> headers = Map.of(BandwidthSmsConstants.TO, TO, BandwidthSmsConstants.TAG, "poll-7",
                BandwidthSmsConstants.PRIORITY, "high", BandwidthSmsConstants.EXPIRATION, expiration,
                BandwidthSmsConstants.FROM, "+15550001111");
        Map<?, ?> map = new ObjectMapper().readValue(json, Map.class); // as unmarshal().json() gives it

        Exchange fromJson = send("direct:multiChannel", json, headers);
        Exchange fromMap = send("direct:multiChannel", map, headers);

        assertNull(fromJson.getException(), () -> "JSON: " + fromJson.getException());
        assertNull(fromMap.getException(), () -> "Map: " + fromMap.getException());
        for (AcceptedMultiChannelMessage accepted : bandwidth.simulator().awaitAcceptedMultiChannel(2, WAIT)) {
            JsonNode request = accepted.request();
            assertEquals(TO, accepted.to());
            assertEquals("poll-7", accepted.tag());
            assertEquals("high", request.path("priority").asText());
            assertEquals(expiration.toInstant(), OffsetDateTime.parse(request.path("expiration").asText()).toInstant());
            assertEquals("+15550001111", accepted.channel(1).path("from").asText(), "the header beats the option");
            assertEquals("BandwidthRBM", accepted.channel(0).path("from").asText());
            assertEquals(2, accepted.channel(0).path("content").path("cardContents").size());
        }
        assertInstanceOf(RbmCarousel.class, ((RbmChannelItem) fromJson.getMessage()
                .getBody(MultiChannelMessageResponse.class).getData().getChannelList().get(0)).getContent());
    }

    @Test
    void theEndpointOptionsFillWhatTheRequestAndHeadersLeaveOut() {
        MultiChannelMessageRequest request = rbmThenSms();
        request.setTo(null);

        Exchange exchange = send("direct:options", request, Map.of());

        assertNull(exchange.getException(), () -> "failed: " + exchange.getException());
        AcceptedMultiChannelMessage accepted = bandwidth.simulator().awaitAcceptedMultiChannel(1, WAIT).get(0);
        assertEquals(TO, accepted.to());
        assertEquals("from-option", accepted.tag());
        assertEquals("high", accepted.request().path("priority").asText());
    }

    @Test
    void theOperationHeaderSelectsItOnAnyEndpoint() {
        MultiChannelMessageRequest request = rbmThenSms();
        request.setPriority(MessagePriority.DEFAULT);

        Exchange exchange = send("direct:default", request,
                Map.of(BandwidthSmsConstants.OPERATION, "sendMultiChannelMessage"));

        assertNull(exchange.getException(), () -> "failed: " + exchange.getException());
        assertEquals("Basic", bandwidth.simulator().awaitAcceptedMultiChannel(1, WAIT).get(0).authScheme());
        assertEquals(0, bandwidth.simulator().acceptedCount(), "not sent as an SMS");
    }

    @Test
    void bandwidthsErrorsBecomeTheTypedExceptions() {
        bandwidth.simulator().faults(ApiOperation.CREATE_MULTI_CHANNEL_MESSAGE)
                .respond(FaultResponse.multiChannelStatus(429).header("Retry-After", "2"), 1)
                .respond(FaultResponse.multiChannelStatus(400).json("{\"links\":[],\"data\":null,\"errors\":[{\"type\":"
                        + "\"request-validation\",\"description\":\"The 'channelList[0].from' field must contain exactly"
                        + " one telephone number\",\"source\":{\"field\":\"channelList[0].from\"}}]}"), 1);

        Exchange limited = send("direct:multiChannel", rbmThenSms(), Map.of());
        Exchange refused = send("direct:multiChannel", rbmThenSms(), Map.of());

        BandwidthRateLimitException rateLimit = failure(limited, BandwidthRateLimitException.class);
        assertEquals("rate-limit-exceeded", rateLimit.getType());
        assertTrue(rateLimit.isRetrySafe());
        assertEquals(2000L, limited.getMessage().getHeader(Exchange.REDELIVERY_DELAY, Long.class));
        BandwidthRejectedException rejected = failure(refused, BandwidthRejectedException.class);
        assertEquals(400, rejected.getHttpResponseCode());
        assertEquals("request-validation", rejected.getType());
        assertTrue(rejected.getDescription().contains("channelList[0].from"));
        assertFalse(rejected.isRetrySafe());
    }

    @Test
    void anAnswerWithValuesBandwidthAddedLaterStillSucceeds() {
        bandwidth.simulator().faults(ApiOperation.CREATE_MULTI_CHANNEL_MESSAGE).respond(FaultResponse.status(202).json(
                "{\"links\":[{\"rel\":\"self\",\"href\":\"/x\"}],\"data\":{\"id\":\"m-new\",\"time\":"
                + "\"2026-01-01T00:00:00Z\",\"direction\":\"out\",\"to\":[\"" + TO + "\"],\"priority\":\"urgent\","
                + "\"channelList\":[{\"from\":\"a\",\"applicationId\":\"b\",\"channel\":\"WHATSAPP\",\"content\":{}},"
                + "{\"from\":\"a\",\"applicationId\":\"b\",\"channel\":\"RBM\",\"owner\":\"a\",\"content\":{"
                + "\"orientation\":\"DIAGONAL\",\"cardContent\":{\"title\":\"t\"},\"suggestions\":[{\"type\":\"PAY\","
                + "\"text\":\"Pay\",\"postbackData\":\"eA==\"}]}}],\"newField\":1},\"errors\":[]}"), 1);

        Exchange exchange = send("direct:multiChannel", rbmThenSms(), Map.of());

        assertNull(exchange.getException(), () -> "failed: " + exchange.getException());
        assertEquals("m-new", exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
        MultiChannelMessage data = exchange.getMessage().getBody(MultiChannelMessageResponse.class).getData();
        assertNull(data.getPriority(), "an unknown value reads as null");
        assertNull(data.getChannelList().get(0), "an unknown channel reads as null");
        RbmContent card = ((RbmChannelItem) data.getChannelList().get(1)).getContent();
        assertEquals("Pay", card.getSuggestions().get(0).getText());
        assertNull(card.getSuggestions().get(0).getType());
        assertEquals("self", exchange.getMessage().getBody(MultiChannelMessageResponse.class).getLinks().get(0).getRel());
    }

    @Test
    void anUnreadableAnswerKeepsTheIdAndNeverFailsAnAcceptedMessage() {
        bandwidth.simulator().faults(ApiOperation.CREATE_MULTI_CHANNEL_MESSAGE)
                .respond(FaultResponse.status(202).json("{\"data\":{\"id\":\"m-odd\",\"time\":\"2026-01-01T00:00:00Z\","
                        + "\"channelList\":[{\"channel\":\"RBM\",\"content\":{\"text\":\"a\",\"media\":[]}}]}}"), 1)
                .respond(FaultResponse.status(202).body(null, ""), 1);

        Exchange odd = send("direct:multiChannel", rbmThenSms(), Map.of());
        Exchange empty = send("direct:multiChannel", rbmThenSms(),
                Map.of(BandwidthSmsConstants.MESSAGE_ID, "an earlier message"));

        assertNull(odd.getException(), () -> "failed: " + odd.getException());
        assertEquals("m-odd", odd.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertEquals(OffsetDateTime.parse("2026-01-01T00:00:00Z"),
                odd.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_TIME));
        assertNull(empty.getException(), () -> "failed: " + empty.getException());
        assertNull(empty.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID), "no stale id");
    }
}
