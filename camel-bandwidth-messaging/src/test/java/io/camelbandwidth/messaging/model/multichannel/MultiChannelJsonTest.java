package io.camelbandwidth.messaging.model.multichannel;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import io.camelbandwidth.messaging.model.MessagePriority;
import io.camelbandwidth.messaging.support.BandwidthJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The multi-channel model reads and writes the JSON of Bandwidth's spec: requests built with the factories, the
 * spec's content alternatives told apart by their fields, and the RBM callbacks.
 */
class MultiChannelJsonTest {

    private static final ObjectMapper JSON = BandwidthJson.mapper();
    private static final String APP = "93de2206-9669-4e07-948d-329f4b722ee2";

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void aRequestBuiltWithTheFactoriesIsTheSpecsJson() throws Exception {
        MultiChannelMessageRequest request = MultiChannelMessageRequest.to("+15552223333")
                .channel(ChannelListItem.rbm("BandwidthRBM", RbmContent.text("Hello",
                        RbmAction.reply("Yes", "yes"),
                        RbmAction.dial("Call", "call", "+15551113333"),
                        RbmAction.showLocation("Map", "map", 37.7749, -122.4194).label("SF"),
                        RbmAction.calendarEvent("Cal", "cal", "Meet", OffsetDateTime.parse("2030-01-01T10:00:00Z"),
                                OffsetDateTime.parse("2030-01-01T11:00:00Z")).description("d"),
                        RbmAction.openUrl("Open", "open", "https://dev.bandwidth.com")
                                .webview(RbmOpenUrlAction.WebviewViewMode.FULL),
                        RbmAction.requestLocation("Where", "where"))).applicationId(APP))
                .channel(ChannelListItem.sms("+15551113333", "Hello").applicationId(APP))
                .channel(ChannelListItem.mms("+15551113333", "Look", "https://example.com/a.png").applicationId(APP))
                .tag("t");
        request.setPriority(MessagePriority.HIGH);

        assertEquals(tree("{'to':'+15552223333','channelList':["
                          + "{'from':'BandwidthRBM','applicationId':'" + APP + "','channel':'RBM','content':{"
                          + "'suggestions':["
                          + "{'type':'REPLY','text':'Yes','postbackData':'eWVz'},"
                          + "{'type':'DIAL_PHONE','text':'Call','postbackData':'Y2FsbA==','phoneNumber':'+15551113333'},"
                          + "{'type':'SHOW_LOCATION','text':'Map','postbackData':'bWFw','latitude':'37.7749',"
                          + "'longitude':'-122.4194','label':'SF'},"
                          + "{'type':'CREATE_CALENDAR_EVENT','text':'Cal','postbackData':'Y2Fs','title':'Meet',"
                          + "'startTime':'2030-01-01T10:00:00Z','endTime':'2030-01-01T11:00:00Z','description':'d'},"
                          + "{'type':'OPEN_URL','text':'Open','postbackData':'b3Blbg==','url':'https://dev.bandwidth.com',"
                          + "'application':'WEBVIEW','webviewViewMode':'FULL'},"
                          + "{'type':'REQUEST_LOCATION','text':'Where','postbackData':'d2hlcmU='}],"
                          + "'text':'Hello'}},"
                          + "{'from':'+15551113333','applicationId':'" + APP + "','channel':'SMS','content':{'text':'Hello'}},"
                          + "{'from':'+15551113333','applicationId':'" + APP + "','channel':'MMS',"
                          + "'content':{'text':'Look','media':[{'fileUrl':'https://example.com/a.png'}]}}],"
                          + "'tag':'t','priority':'high'}"),
                JSON.valueToTree(request));
    }

    @Test
    void cardsAndMediaAreWrittenAsTheSpecDeclaresThem() throws Exception {
        RbmContent card = RbmContent.standaloneCard(RbmStandaloneCard.Orientation.HORIZONTAL,
                RbmCardContent.of("Blue", null).media(RbmCardMedia.of("https://example.com/b.png", RbmCardMedia.Height.TALL))
                        .suggestions(RbmAction.reply("Buy", "buy")));
        ((RbmStandaloneCard) card).setThumbnailImageAlignment(RbmStandaloneCard.ThumbnailAlignment.LEFT);
        RbmContent carousel = RbmContent.carousel(RbmCarousel.CardWidth.SMALL, RbmCardContent.of("A", null),
                RbmCardContent.of(null, "B"));
        RbmContent media = RbmContent.media(RbmMediaFile.of("https://example.com/v.mp4", "https://example.com/t.png"));

        assertEquals(tree("{'orientation':'HORIZONTAL','thumbnailImageAlignment':'LEFT','cardContent':{'title':'Blue',"
                          + "'media':{'fileUrl':'https://example.com/b.png','height':'TALL'},"
                          + "'suggestions':[{'type':'REPLY','text':'Buy','postbackData':'YnV5'}]}}"), JSON.valueToTree(card));
        assertEquals(tree("{'cardWidth':'SMALL','cardContents':[{'title':'A'},{'description':'B'}]}"),
                JSON.valueToTree(carousel));
        assertEquals(tree("{'media':[{'fileUrl':'https://example.com/v.mp4','thumbnailUrl':'https://example.com/t.png'}]}"),
                JSON.valueToTree(media));
    }

    @Test
    void readsEachContentKindAndActionTypeFromItsFields() throws Exception {
        String json = "{'to':'+15552223333','channelList':["
                      + "{'from':'a','applicationId':'b','channel':'RBM','content':{'text':'Hi','suggestions':["
                      + "{'type':'DIAL_PHONE','text':'Call','postbackData':'eA==','phoneNumber':'+15551113333'},"
                      + "{'type':'SHOW_LOCATION','text':'Map','postbackData':'eA==','latitude':'37.7749','longitude':-122.5},"
                      + "{'type':'REQUEST_LOCATION','text':'Where','postbackData':'eA=='}]}},"
                      + "{'from':'a','applicationId':'b','channel':'RBM','content':{'media':[{'fileUrl':'https://x/y.png'}]}},"
                      + "{'from':'a','applicationId':'b','channel':'RBM','content':{'orientation':'VERTICAL',"
                      + "'cardContent':{'title':'T'}}},"
                      + "{'from':'a','applicationId':'b','channel':'RBM','content':{'cardWidth':'MEDIUM',"
                      + "'cardContents':[{'title':'1'},{'title':'2'}]}}]}";
        MultiChannelMessageRequest request = JSON.treeToValue(tree(json), MultiChannelMessageRequest.class);

        List<ChannelListItem> channels = request.getChannelList();
        RbmText text = assertInstanceOf(RbmText.class, ((RbmChannelItem) channels.get(0)).getContent());
        assertEquals("Hi", text.getText());
        assertEquals("+15551113333", assertInstanceOf(RbmDialAction.class, text.getSuggestions().get(0)).getPhoneNumber());
        RbmShowLocationAction place = assertInstanceOf(RbmShowLocationAction.class, text.getSuggestions().get(1));
        assertEquals(37.7749, place.getLatitude());
        assertEquals(-122.5, place.getLongitude());
        assertEquals(RbmAction.class, text.getSuggestions().get(2).getClass());
        assertEquals(RbmAction.Type.REQUEST_LOCATION, text.getSuggestions().get(2).getType());
        assertInstanceOf(RbmMedia.class, channels.get(1).getContent());
        assertInstanceOf(RbmStandaloneCard.class, channels.get(2).getContent());
        assertEquals(2, assertInstanceOf(RbmCarousel.class, channels.get(3).getContent()).getCardContents().size());
        assertEquals(JSON.readTree(JSON.writeValueAsString(request)), JSON.valueToTree(
                JSON.readValue(JSON.writeValueAsString(request), MultiChannelMessageRequest.class)), "round trip");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{'text':'a','media':[]}", "{'orientation':'VERTICAL','cardWidth':'SMALL'}",
                             "{'suggestions':[]}", "{}", "'text'" })
    void contentOfTwoKindsOrOfNoneIsNotRbmContent(String content) {
        String json = "{'from':'a','applicationId':'b','channel':'RBM','content':" + content + "}";
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> JSON.treeToValue(tree(json), ChannelListItem.class));
        assertEquals(RbmContent.class, e.getTargetType());
        assertEquals("content", e.getPath().get(0).getFieldName());
    }

    @Test
    void aCopyCanBeChangedWithoutTouchingTheOriginal() {
        MultiChannelMessageRequest original = MultiChannelMessageRequest.to("+15552223333")
                .channel(ChannelListItem.sms(null, "Hi"));
        MultiChannelMessageRequest copy = original.copy();
        copy.getChannelList().get(0).setFrom("+15551113333");
        copy.channel(ChannelListItem.sms(null, "Again"));

        assertNull(original.getChannelList().get(0).getFrom());
        assertEquals(1, original.getChannelList().size());
        assertEquals(original.getChannelList().get(0).getContent(), copy.getChannelList().get(0).getContent());
    }

    @Test
    void readsTheSpecsAnswerEnvelope() throws Exception {
        MultiChannelMessageResponse response = JSON.treeToValue(tree("{'links':[],'data':{'id':'1589228074636lm4k2je7j7jklbn2',"
                + "'time':'2025-01-01T18:20:16.000Z','direction':'out','to':['+15554443333'],'channelList':[{'from':"
                + "'BandwidthRBM','applicationId':'a','channel':'RBM','content':{'text':'Hello world','suggestions':"
                + "[{'type':'REPLY','text':'Hello world','postbackData':'SGVsbG8gd29ybGQ='}]},'owner':'BandwidthRBM'}],"
                + "'tag':'custom string','priority':'default','expiration':'2021-02-01T11:29:18-05:00'},'errors':[]}"),
                MultiChannelMessageResponse.class);

        MultiChannelMessage data = response.getData();
        assertEquals("1589228074636lm4k2je7j7jklbn2", data.getId());
        assertEquals(OffsetDateTime.parse("2025-01-01T18:20:16Z"), data.getTime());
        assertEquals(List.of("+15554443333"), data.getTo());
        assertEquals("BandwidthRBM", data.getChannelList().get(0).getOwner());
        assertEquals(MessagePriority.DEFAULT, data.getPriority());
        assertTrue(response.getErrors().isEmpty());
    }

    @Test
    void readsTheRbmCallbacksTyped() throws Exception {
        BandwidthCallback suggestion = JSON.treeToValue(tree("{'type':'suggestion-response','time':'2025-01-01T18:20:16Z',"
                + "'to':'BandwidthRBM','description':'x','message':{'id':'m1','owner':'BandwidthRBM','applicationId':'a',"
                + "'time':'2025-01-01T18:20:16Z','segmentCount':1,'direction':'in','to':['BandwidthRBM'],"
                + "'from':'+15552223333','channel':'RBM','suggestionResponse':{'text':'Yes','postbackData':'eWVz',"
                + "'pairedMessageId':'1752697342534u24xerqdukke523x'}}}"), BandwidthCallback.class);
        BandwidthCallback location = JSON.treeToValue(tree("{'type':'requested-location-response','message':{'id':'m2',"
                + "'direction':'in','locationResponse':{'latitude':'37.7749','longitude':'-122.4194'}}}"),
                BandwidthCallback.class);
        BandwidthCallback content = JSON.treeToValue(tree("{'type':'message-received','message':{'id':'m3',"
                + "'direction':'in','channel':'RBM','content':{'media':{'fileUrl':'https://x/y.jpg'}}}}"),
                BandwidthCallback.class);

        assertTrue(suggestion.isInbound());
        assertTrue(location.isInbound());
        assertTrue(content.isInbound());
        RbmSuggestionResponse tapped = suggestion.getMessage().getSuggestionResponse();
        assertEquals("Yes", tapped.getText());
        assertEquals("yes", tapped.getPostbackDataAsText());
        assertEquals("1752697342534u24xerqdukke523x", tapped.getPairedMessageId());
        assertEquals(37.7749, location.getMessage().getLocationResponse().getLatitude());
        assertEquals(-122.4194, location.getMessage().getLocationResponse().getLongitude());
        assertEquals("https://x/y.jpg", content.getMessage().getContent().getMedia().getFileUrl());
        assertTrue(suggestion.getMessage().getAdditionalProperties().isEmpty(), "typed, not left over");
    }

    @Test
    void rbmCallbacksAreWrittenBackAsBandwidthSentThem() throws Exception {
        JsonNode json = tree("{'type':'requested-location-response','message':{'id':'m2','direction':'in',"
                             + "'locationResponse':{'latitude':'37.7749','longitude':'-122.4194','accuracy':'5'},"
                             + "'suggestionResponse':{'text':'Yes','postbackData':'not base64','later':true},"
                             + "'content':{'text':'hi','sticker':'s1'}}}");
        BandwidthCallback event = JSON.treeToValue(json, BandwidthCallback.class);

        assertEquals(json, JSON.valueToTree(event));
        assertEquals(json, new ObjectMapper().valueToTree(event), "any mapper");
        assertNull(event.getMessage().getSuggestionResponse().getPostbackDataAsText());
        assertFalse(JSON.valueToTree(event.getMessage().getSuggestionResponse()).has("postbackDataAsText"));
    }

    @Test
    void coordinatesComeAsStringsOrNumbers() throws Exception {
        for (String latitude : List.of("'37.5'", "37.5")) {
            BandwidthCallback event = JSON.treeToValue(tree("{'type':'requested-location-response','message':{'id':'m',"
                    + "'locationResponse':{'latitude':" + latitude + ",'longitude':''}}}"), BandwidthCallback.class);
            assertEquals(37.5, event.getMessage().getLocationResponse().getLatitude());
            assertNull(event.getMessage().getLocationResponse().getLongitude(), "an empty value is no value");
        }
    }

    @Test
    void statusCallbacksStayOutbound() throws Exception {
        for (String type : List.of("message-delivered", "message-read", "message-failed", "a-new-type")) {
            BandwidthCallback event = JSON.treeToValue(tree("{'type':'" + type + "','message':{'id':'m'}}"),
                    BandwidthCallback.class);
            assertFalse(event.isInbound(), type);
        }
    }
}
