package io.camelbandwidth.messaging;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.camelbandwidth.messaging.model.multichannel.ChannelListItem;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageRequest;
import io.camelbandwidth.messaging.model.multichannel.RbmAction;
import io.camelbandwidth.messaging.model.multichannel.RbmCardContent;
import io.camelbandwidth.messaging.model.multichannel.RbmCardMedia;
import io.camelbandwidth.messaging.model.multichannel.RbmCarousel;
import io.camelbandwidth.messaging.model.multichannel.RbmContent;
import io.camelbandwidth.messaging.model.multichannel.RbmMediaFile;
import io.camelbandwidth.messaging.model.multichannel.RbmOpenUrlAction;
import io.camelbandwidth.messaging.model.multichannel.RbmStandaloneCard;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every rule of the spec's multi-channel request is checked before anything is sent, naming the field as Bandwidth
 * does; and requests at the spec's limits pass the component and the simulator (whose rules are its own) alike.
 */
class MultiChannelValidationTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final String TO = "+15552223333";
    private static final String URL = "https://example.com/a.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("operation=sendMultiChannelMessage&from=" + FROM));
            }
        };
    }

    /** A request with one RBM entry of this content. */
    private static MultiChannelMessageRequest rbm(RbmContent content) {
        return MultiChannelMessageRequest.to(TO).channel(ChannelListItem.rbm("BandwidthRBM", content));
    }

    private static MultiChannelMessageRequest rbmText(RbmAction... suggestions) {
        return rbm(RbmContent.text("Hi", suggestions));
    }

    private static MultiChannelMessageRequest with(MultiChannelMessageRequest request,
                                                   Consumer<MultiChannelMessageRequest> change) {
        change.accept(request);
        return request;
    }

    /** A JSON request with this channel list entry (single quotes). */
    private static String json(String channel) {
        return ("{'to':'" + TO + "','channelList':[" + channel + "]}").replace('\'', '"');
    }

    private static RbmCardContent[] cards(int count) {
        RbmCardContent[] cards = new RbmCardContent[count];
        for (int i = 0; i < count; i++) {
            cards[i] = RbmCardContent.of("Card " + i, null);
        }
        return cards;
    }

    private static RbmAction[] replies(int count) {
        return Collections.nCopies(count, RbmAction.reply("Yes", "yes")).toArray(RbmAction[]::new);
    }

    static Stream<Arguments> invalidRequests() {
        RbmAction dialTyped = new RbmAction();
        dialTyped.setType(RbmAction.Type.DIAL_PHONE);
        dialTyped.setText("Call");
        dialTyped.setPostbackData("eA==");
        RbmAction noPostback = RbmAction.reply("Yes", null);
        RbmAction rawPostback = RbmAction.reply("Yes", "x");
        rawPostback.setPostbackData("not base64!");
        RbmOpenUrlAction browserWithMode = RbmAction.openUrl("Open", "o", "https://example.com");
        browserWithMode.setApplication(RbmOpenUrlAction.Application.BROWSER);
        browserWithMode.setWebviewViewMode(RbmOpenUrlAction.WebviewViewMode.FULL);
        RbmOpenUrlAction webviewWithoutMode = RbmAction.openUrl("Open", "o", "https://example.com");
        webviewWithoutMode.setApplication(RbmOpenUrlAction.Application.WEBVIEW);
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        List<ChannelListItem> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(ChannelListItem.sms(FROM, "Hi"));
        }
        return Stream.of(
                arguments("no recipient", with(rbmText(), r -> r.setTo(null)), Map.of(), "to"),
                arguments("recipient not E.164", with(rbmText(), r -> r.setTo("5552223333")), Map.of(), "to"),
                arguments("two recipients in the header", with(rbmText(), r -> r.setTo(null)),
                        Map.of(BandwidthSmsConstants.TO, "+15552223333,+15554443333"), BandwidthSmsConstants.TO),
                arguments("no channel list", MultiChannelMessageRequest.to(TO), Map.of(), "channelList"),
                arguments("five channels", with(MultiChannelMessageRequest.to(TO), r -> r.setChannelList(five)), Map.of(),
                        "channelList"),
                arguments("blank application id", MultiChannelMessageRequest.to(TO)
                        .channel(ChannelListItem.sms(FROM, "Hi").applicationId("")), Map.of(),
                        "channelList[0].applicationId"),
                arguments("SMS text too long", MultiChannelMessageRequest.to(TO)
                        .channel(ChannelListItem.sms(FROM, "x".repeat(2049))), Map.of(), "channelList[0].content.text"),
                arguments("SMS without text", MultiChannelMessageRequest.to(TO).channel(ChannelListItem.sms(FROM, null)),
                        Map.of(), "channelList[0].content.text"),
                arguments("MMS file not http", MultiChannelMessageRequest.to(TO)
                        .channel(ChannelListItem.mms(FROM, null, "ftp://example.com/a.png")), Map.of(),
                        "channelList[0].content.media[0].fileUrl"),
                arguments("RBM text too long", rbm(RbmContent.text("x".repeat(3271))), Map.of(),
                        "channelList[0].content.text"),
                arguments("RBM media without files", rbm(RbmContent.media()), Map.of(), "channelList[0].content.media"),
                arguments("RBM file URL too long", rbm(RbmContent.media(RbmMediaFile.of("https://example.com/"
                        + "a".repeat(990)))), Map.of(), "channelList[0].content.media[0].fileUrl"),
                arguments("horizontal card without alignment", rbm(RbmContent.standaloneCard(
                        RbmStandaloneCard.Orientation.HORIZONTAL, RbmCardContent.of("t", null))), Map.of(),
                        "channelList[0].content.thumbnailImageAlignment"),
                arguments("card without orientation", rbm(RbmContent.standaloneCard(null,
                        RbmCardContent.of("t", null))), Map.of(), "channelList[0].content.orientation"),
                arguments("empty card", rbm(RbmContent.standaloneCard(RbmStandaloneCard.Orientation.VERTICAL,
                        RbmCardContent.of(null, ""))), Map.of(), "channelList[0].content.cardContent"),
                arguments("card title too long", rbm(RbmContent.standaloneCard(RbmStandaloneCard.Orientation.VERTICAL,
                        RbmCardContent.of("t".repeat(201), null))), Map.of(), "channelList[0].content.cardContent.title"),
                arguments("card media without height", rbm(RbmContent.standaloneCard(
                        RbmStandaloneCard.Orientation.VERTICAL, RbmCardContent.of("t", null)
                                .media(RbmCardMedia.of(URL, (RbmCardMedia.Height) null)))), Map.of(),
                        "channelList[0].content.cardContent.media.height"),
                arguments("five suggestions on a card", rbm(RbmContent.standaloneCard(
                        RbmStandaloneCard.Orientation.VERTICAL, RbmCardContent.of("t", null).suggestions(replies(5)))),
                        Map.of(), "channelList[0].content.cardContent.suggestions"),
                arguments("carousel of one", rbm(RbmContent.carousel(RbmCarousel.CardWidth.SMALL, cards(1))), Map.of(),
                        "channelList[0].content.cardContents"),
                arguments("carousel of eleven", rbm(RbmContent.carousel(RbmCarousel.CardWidth.SMALL, cards(11))),
                        Map.of(), "channelList[0].content.cardContents"),
                arguments("carousel without width", rbm(RbmContent.carousel(null, cards(2))), Map.of(),
                        "channelList[0].content.cardWidth"),
                arguments("twelve suggestions", rbmText(replies(12)), Map.of(), "channelList[0].content.suggestions"),
                arguments("suggestion text too long", rbmText(RbmAction.reply("x".repeat(26), "x")), Map.of(),
                        "channelList[0].content.suggestions[0].text"),
                arguments("no postback", rbmText(noPostback), Map.of(),
                        "channelList[0].content.suggestions[0].postbackData"),
                arguments("postback not base64", rbmText(rawPostback), Map.of(),
                        "channelList[0].content.suggestions[0].postbackData"),
                arguments("postback too long", rbmText(RbmAction.reply("Yes", "x".repeat(1537))), Map.of(),
                        "channelList[0].content.suggestions[0].postbackData"),
                arguments("dial type on a plain action", rbmText(dialTyped), Map.of(),
                        "channelList[0].content.suggestions[0].type"),
                arguments("dial a number not E.164", rbmText(RbmAction.dial("Call", "c", "555-1234")), Map.of(),
                        "channelList[0].content.suggestions[0].phoneNumber"),
                arguments("latitude out of range", rbmText(RbmAction.showLocation("Map", "m", 90.5, 0)), Map.of(),
                        "channelList[0].content.suggestions[0].latitude"),
                arguments("longitude out of range", rbmText(RbmAction.showLocation("Map", "m", 0, -180.5)), Map.of(),
                        "channelList[0].content.suggestions[0].longitude"),
                arguments("event without end", rbmText(RbmAction.calendarEvent("Cal", "c", "Meet", start, null)),
                        Map.of(), "channelList[0].content.suggestions[0].endTime"),
                arguments("event title too long", rbmText(RbmAction.calendarEvent("Cal", "c", "t".repeat(101), start,
                        start.plusHours(1))), Map.of(), "channelList[0].content.suggestions[0].title"),
                arguments("URL not http", rbmText(RbmAction.openUrl("Open", "o", "mailto:a@example.com")), Map.of(),
                        "channelList[0].content.suggestions[0].url"),
                arguments("webview without mode", rbmText(webviewWithoutMode), Map.of(),
                        "channelList[0].content.suggestions[0].webviewViewMode"),
                arguments("browser with a mode", rbmText(browserWithMode), Map.of(),
                        "channelList[0].content.suggestions[0].webviewViewMode"),
                arguments("tag too long", rbmText().tag("t".repeat(1025)), Map.of(), "tag"),
                arguments("expiration in the past", with(rbmText(), r -> r.setExpiration(OffsetDateTime.now()
                        .minusMinutes(1))), Map.of(), "expiration"),
                arguments("JSON: unknown channel", json("{'from':'a','applicationId':'b','channel':'FAX',"
                        + "'content':{'text':'x'}}"), Map.of(), "channelList[0].channel"),
                arguments("JSON: no channel", json("{'from':'a','applicationId':'b','content':{'text':'x'}}"), Map.of(),
                        "channelList[0].channel"),
                arguments("JSON: RBM text and media", json("{'from':'a','applicationId':'b','channel':'RBM','content':"
                        + "{'text':'x','media':[{'fileUrl':'" + URL + "'}]}}"), Map.of(), "channelList[0].content"),
                arguments("JSON: RBM content of no kind", json("{'from':'a','applicationId':'b','channel':'RBM',"
                        + "'content':{'suggestions':[]}}"), Map.of(), "channelList[0].content"),
                arguments("JSON: unknown card width", json("{'from':'a','applicationId':'b','channel':'RBM','content':"
                        + "{'cardWidth':'HUGE','cardContents':[{'title':'a'},{'title':'b'}]}}"), Map.of(),
                        "channelList[0].content.cardWidth"),
                arguments("JSON: unknown action type", json("{'from':'a','applicationId':'b','channel':'RBM','content':"
                        + "{'text':'x','suggestions':[{'type':'PAY','text':'a','postbackData':'eA=='}]}}"), Map.of(),
                        "channelList[0].content.suggestions[0].type"),
                arguments("JSON: unknown priority", "{\"to\":\"" + TO + "\",\"priority\":\"urgent\"}", Map.of(),
                        "priority"),
                arguments("JSON: a date that is not one", json("{'from':'a','applicationId':'b','channel':'RBM',"
                        + "'content':{'text':'x','suggestions':[{'type':'CREATE_CALENDAR_EVENT','text':'a',"
                        + "'postbackData':'eA==','title':'t','startTime':'soon','endTime':'later'}]}}"), Map.of(),
                        "channelList[0].content.suggestions[0].startTime"),
                arguments("text that is not JSON", "Hello", Map.of(), "body"),
                arguments("a body of another type", 42, Map.of(), "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void rejectedBeforeSending(String description, Object body, Map<String, Object> headers, String field) {
        Exchange exchange = template.request("direct:send", e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });

        BandwidthValidationException failure = failure(exchange, BandwidthValidationException.class);
        assertEquals(field, failure.getField(), failure.getMessage());
        assertFalse(failure.isRetrySafe());
        assertTrue(bandwidth.simulator().requests().isEmpty(), "no request may leave the process");
        assertFalse(failure.getMessage().contains(TO), "no phone number in the message");
    }

    @Test
    void requestsAtTheSpecsLimitsPassBothRuleSets() {
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        RbmAction[] eleven = new RbmAction[11];
        for (int i = 0; i < 11; i++) {
            eleven[i] = RbmAction.reply("x".repeat(25), "p".repeat(1536)); // 2048 characters of base64
        }
        eleven[1] = RbmAction.dial("Call", "c", "+15551113333");
        eleven[2] = RbmAction.showLocation("Map", "m", -90, 180).label("l".repeat(100));
        eleven[3] = RbmAction.calendarEvent("Cal", "c", "t".repeat(100), start, start.plusHours(1))
                .description("d".repeat(500));
        eleven[4] = RbmAction.openUrl("Open", "o", "https://example.com/" + "u".repeat(2028))
                .webview(RbmOpenUrlAction.WebviewViewMode.TALL);
        eleven[5] = RbmAction.requestLocation("Where", "w");
        RbmStandaloneCard horizontal = RbmContent.standaloneCard(RbmStandaloneCard.Orientation.HORIZONTAL,
                RbmCardContent.of("t".repeat(200), "d".repeat(2000))
                        .media(RbmCardMedia.of("https://example.com/" + "m".repeat(980), RbmCardMedia.Height.SHORT))
                        .suggestions(replies(4)));
        horizontal.setThumbnailImageAlignment(RbmStandaloneCard.ThumbnailAlignment.RIGHT);
        List<MultiChannelMessageRequest> requests = List.of(
                MultiChannelMessageRequest.to(TO)
                        .channel(ChannelListItem.rbm("BandwidthRBM", RbmContent.text("x".repeat(3270), eleven)))
                        .channel(ChannelListItem.rbm("BandwidthRBM", horizontal))
                        .channel(ChannelListItem.rbm("BandwidthRBM", RbmContent.carousel(RbmCarousel.CardWidth.MEDIUM,
                                cards(10))))
                        .channel(ChannelListItem.sms(FROM, "s".repeat(2048)))
                        .tag("t".repeat(1024)),
                MultiChannelMessageRequest.to(TO)
                        .channel(ChannelListItem.rbm("BandwidthRBM", RbmContent.media(RbmMediaFile.of(URL, URL))))
                        .channel(ChannelListItem.mms(FROM, null, URL, URL)));

        for (MultiChannelMessageRequest request : requests) {
            Exchange exchange = template.request("direct:send", e -> e.getMessage().setBody(request));
            assertNull(exchange.getException(), () -> "refused: " + exchange.getException());
        }
        assertEquals(2, bandwidth.simulator().awaitAcceptedMultiChannel(2, WAIT).size());
    }
}
