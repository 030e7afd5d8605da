package io.camelbandwidth.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /users/{accountId}/messages/multiChannel}: the spec's request rules, envelopes and faults. */
class MultiChannelEndpointTest {

    private static final String JSON = "application/json";
    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05.678Z");
    private static final String APP = "93de2206-9669-4e07-948d-329f4b722ee2";

    private BandwidthSimulator sim;
    private URI multiChannel;

    @BeforeEach
    void start() {
        sim = BandwidthSimulator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().start();
        multiChannel = URI.create(sim.baseUri() + "/users/9900000/messages/multiChannel");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** A request with these channel list entries, JSON with single quotes. */
    static String request(String... channels) {
        return ("{'to':'+15552223333','channelList':[" + String.join(",", channels) + "]}").replace('\'', '"');
    }

    static String rbm(String content) {
        return "{'from':'BandwidthRBM','applicationId':'" + APP + "','channel':'RBM','content':" + content + "}";
    }

    static String sms(String text) {
        return "{'from':'+15551113333','applicationId':'" + APP + "','channel':'SMS','content':{'text':'" + text + "'}}";
    }

    private HttpResponse<String> post(String body) throws Exception {
        return Http.post(multiChannel, JSON, null, body);
    }

    @Test
    void acceptsAMessageWith202AndTheEnvelope() throws Exception {
        String body = ("{'to':'+15552223333','channelList':[" + rbm("{'text':'Hello','suggestions':["
                       + "{'type':'REPLY','text':'Yes','postbackData':'eWVz'},"
                       + "{'type':'DIAL_PHONE','text':'Call','postbackData':'Y2FsbA==','phoneNumber':'+15551113333'},"
                       + "{'type':'SHOW_LOCATION','text':'Map','postbackData':'bWFw','latitude':'37.7749',"
                       + "'longitude':'-122.4194','label':'SF'},"
                       + "{'type':'CREATE_CALENDAR_EVENT','text':'Cal','postbackData':'Y2Fs','title':'Meet',"
                       + "'startTime':'2030-01-05T10:00:00Z','endTime':'2030-01-05T11:00:00Z'},"
                       + "{'type':'OPEN_URL','text':'Open','postbackData':'b3Blbg==','url':'https://dev.bandwidth.com',"
                       + "'application':'WEBVIEW','webviewViewMode':'HALF'},"
                       + "{'type':'REQUEST_LOCATION','text':'Where','postbackData':'d2hlcmU='}]}") + "," + sms("Hello")
                       + "],'tag':'order-42','priority':'high','expiration':'2030-01-03T00:00:00Z'}").replace('\'', '"');
        HttpResponse<String> response = post(body);

        assertEquals(202, response.statusCode(), response.body());
        JsonNode envelope = Http.json(response.body());
        assertEquals("[]", envelope.path("links").toString());
        assertEquals("[]", envelope.path("errors").toString());
        JsonNode data = envelope.path("data");
        assertTrue(data.path("id").asText().matches("\\d{13}[a-z0-9]{16}"), data.toString());
        assertEquals("2030-01-02T03:04:05.678Z", data.path("time").asText());
        assertEquals("out", data.path("direction").asText());
        assertEquals("[\"+15552223333\"]", data.path("to").toString());
        assertEquals("BandwidthRBM", data.path("channelList").get(0).path("owner").asText());
        assertEquals("+15551113333", data.path("channelList").get(1).path("owner").asText());
        assertEquals(6, data.path("channelList").get(0).path("content").path("suggestions").size());
        assertEquals("order-42", data.path("tag").asText());
        assertEquals("high", data.path("priority").asText());
        assertEquals("2030-01-03T00:00:00Z", data.path("expiration").asText());

        AcceptedMultiChannelMessage accepted = sim.awaitAcceptedMultiChannel(1, Duration.ofSeconds(1)).get(0);
        assertEquals(data.path("id").asText(), accepted.id());
        assertEquals("9900000", accepted.accountId());
        assertEquals("+15552223333", accepted.to());
        assertEquals(List.of("RBM", "SMS"), accepted.channels());
        assertEquals("order-42", accepted.tag());
        assertEquals(0, sim.acceptedCount(), "not a messages-endpoint message");
        assertEquals(202, sim.requests().get(0).status());
    }

    @Test
    void acceptsEveryRbmContentOfTheSpecAndMmsFallback() throws Exception {
        List<String> contents = List.of(
                "{'media':[{'fileUrl':'https://example.com/v.mp4','thumbnailUrl':'https://example.com/t.png'}]}",
                "{'orientation':'VERTICAL','cardContent':{'title':'T','media':{'fileUrl':'https://example.com/a.png',"
                + "'height':'MEDIUM'},'suggestions':[{'type':'REPLY','text':'Buy','postbackData':'YnV5'}]}}",
                "{'orientation':'HORIZONTAL','thumbnailImageAlignment':'RIGHT','cardContent':{'description':'D'}}",
                "{'cardWidth':'SMALL','cardContents':[{'title':'A'},{'title':'B'}]}");
        for (String content : contents) {
            HttpResponse<String> response = post(request(rbm(content),
                    "{'from':'+15551113333','applicationId':'a','channel':'MMS','content':{'text':'x',"
                    + "'media':[{'fileUrl':'https://example.com/a.png'}]}}"));
            assertEquals(202, response.statusCode(), content + " -> " + response.body());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "no to                 | {'channelList':[SMS]}                                               | to",
        "to not E.164          | {'to':'5552223333','channelList':[SMS]}                             | to",
        "no channel list       | {'to':'+15552223333'}                                               | channelList",
        "empty channel list    | {'to':'+15552223333','channelList':[]}                              | channelList",
        "five channels         | {'to':'+15552223333','channelList':[SMS,SMS,SMS,SMS,SMS]}           | channelList",
        "tag too long          | {'to':'+15552223333','channelList':[SMS],'tag':'TAG'}               | tag",
        "unknown priority      | {'to':'+15552223333','channelList':[SMS],'priority':'urgent'}       | priority",
        "past expiration       | {'to':'+15552223333','channelList':[SMS],'expiration':'2020-01-01T00:00:00Z'} | expiration",
        "unknown channel       | {'to':'+15552223333','channelList':[{'from':'a','applicationId':'b','channel':'FAX','content':{'text':'x'}}]} | channelList[0].channel",
        "no from               | {'to':'+15552223333','channelList':[{'applicationId':'b','channel':'SMS','content':{'text':'x'}}]} | channelList[0].from",
        "no application        | {'to':'+15552223333','channelList':[{'from':'a','channel':'SMS','content':{'text':'x'}}]} | channelList[0].applicationId",
        "no content            | {'to':'+15552223333','channelList':[{'from':'a','applicationId':'b','channel':'SMS'}]} | channelList[0].content",
        "SMS without text      | {'to':'+15552223333','channelList':[{'from':'a','applicationId':'b','channel':'SMS','content':{}}]} | channelList[0].content.text",
        "MMS file without URL  | {'to':'+15552223333','channelList':[{'from':'a','applicationId':'b','channel':'MMS','content':{'media':[{}]}}]} | channelList[0].content.media[0].fileUrl",
        "RBM text and media    | {'to':'+15552223333','channelList':[RBM{'text':'x','media':[{'fileUrl':'https://a.b/c'}]}]} | channelList[0].content",
        "RBM of no kind        | {'to':'+15552223333','channelList':[RBM{'suggestions':[]}]}         | channelList[0].content",
        "RBM text too long     | {'to':'+15552223333','channelList':[RBM{'text':'LONG'}]}            | channelList[0].content.text",
        "RBM empty media       | {'to':'+15552223333','channelList':[RBM{'media':[]}]}               | channelList[0].content.media",
        "horizontal, no align  | {'to':'+15552223333','channelList':[RBM{'orientation':'HORIZONTAL','cardContent':{'title':'t'}}]} | channelList[0].content.thumbnailImageAlignment",
        "empty card            | {'to':'+15552223333','channelList':[RBM{'orientation':'VERTICAL','cardContent':{}}]} | channelList[0].content.cardContent",
        "card media, no height | {'to':'+15552223333','channelList':[RBM{'orientation':'VERTICAL','cardContent':{'media':{'fileUrl':'https://a.b/c'}}}]} | channelList[0].content.cardContent.media.height",
        "one-card carousel     | {'to':'+15552223333','channelList':[RBM{'cardWidth':'SMALL','cardContents':[{'title':'a'}]}]} | channelList[0].content.cardContents",
        "unknown card width    | {'to':'+15552223333','channelList':[RBM{'cardWidth':'HUGE','cardContents':[{'title':'a'},{'title':'b'}]}]} | channelList[0].content.cardWidth",
        "twelve suggestions    | {'to':'+15552223333','channelList':[RBM{'text':'x','suggestions':TWELVE}]} | channelList[0].content.suggestions",
        "action text too long  | {'to':'+15552223333','channelList':[RBM{'text':'x','suggestions':[{'type':'REPLY','text':'12345678901234567890123456','postbackData':'eA=='}]}]} | channelList[0].content.suggestions[0].text",
        "postback not base64   | {'to':'+15552223333','channelList':[RBM{'text':'x','suggestions':[{'type':'REPLY','text':'a','postbackData':'not base64!'}]}]} | channelList[0].content.suggestions[0].postbackData",
        "unknown action type   | {'to':'+15552223333','channelList':[RBM{'text':'x','suggestions':[{'type':'PAY','text':'a','postbackData':'eA=='}]}]} | channelList[0].content.suggestions[0].type",
        "dial without number   | {'to':'+15552223333','channelList':[RBM{'text':'x','suggestions':[{'type':'DIAL_PHONE','text':'a','postbackData':'eA=='}]}]} | channelList[0].content.suggestions[0].phoneNumber",
        "latitude out of range | {'to':'+15552223333','channelList':[RBM{'text':'x','suggestions':[{'type':'SHOW_LOCATION','text':'a','postbackData':'eA==','latitude':'91','longitude':'0'}]}]} | channelList[0].content.suggestions[0].latitude",
        "event without end     | {'to':'+15552223333','channelList':[RBM{'text':'x','suggestions':[{'type':'CREATE_CALENDAR_EVENT','text':'a','postbackData':'eA==','title':'t','startTime':'2030-01-05T10:00:00Z'}]}]} | channelList[0].content.suggestions[0].endTime",
        "URL not http          | {'to':'+15552223333','channelList':[RBM{'text':'x','suggestions':[{'type':'OPEN_URL','text':'a','postbackData':'eA==','url':'ftp://a.b/c'}]}]} | channelList[0].content.suggestions[0].url",
        "webview without mode  | {'to':'+15552223333','channelList':[RBM{'text':'x','suggestions':[{'type':'OPEN_URL','text':'a','postbackData':'eA==','url':'https://a.b','application':'WEBVIEW'}]}]} | channelList[0].content.suggestions[0].webviewViewMode",
        "browser with mode     | {'to':'+15552223333','channelList':[RBM{'text':'x','suggestions':[{'type':'OPEN_URL','text':'a','postbackData':'eA==','url':'https://a.b','application':'BROWSER','webviewViewMode':'FULL'}]}]} | channelList[0].content.suggestions[0].webviewViewMode",
    })
    void refusesWhatTheSpecForbidsNamingTheField(String name, String body, String field) throws Exception {
        // shorthands: SMS = a valid SMS entry; RBM{...} = an RBM entry with that content, the last of the list
        String json = body.contains("RBM{") ? body.substring(0, body.length() - 2) + "}]}" : body;
        json = json.replace("SMS]", sms("x") + "]").replace("SMS,", sms("x") + ",")
                .replace("RBM{", "{'from':'a','applicationId':'b','channel':'RBM','content':{")
                .replace("TAG", "t".repeat(1025)).replace("LONG", "x".repeat(3271))
                .replace("TWELVE", "[" + String.join(",", Collections.nCopies(12,
                        "{'type':'REPLY','text':'a','postbackData':'eA=='}")) + "]")
                .replace('\'', '"');
        HttpResponse<String> response = post(json);

        assertEquals(400, response.statusCode(), response.body());
        JsonNode envelope = Http.json(response.body());
        assertTrue(envelope.path("data").isNull());
        List<String> fields = new ArrayList<>();
        envelope.path("errors").forEach(error -> {
            assertEquals("request-validation", error.path("type").asText());
            fields.add(error.path("source").path("field").asText());
        });
        assertEquals(List.of(field), fields, response.body());
        assertEquals(0, sim.acceptedMultiChannelMessages().size());
    }

    @Test
    void reportsEveryProblemAtOnce() throws Exception {
        HttpResponse<String> response = post(("{'to':'x','channelList':[{'channel':'SMS','content':{}}]}")
                .replace('\'', '"'));

        assertEquals(400, response.statusCode());
        List<String> fields = new ArrayList<>();
        Http.json(response.body()).path("errors").forEach(error -> fields.add(error.path("source").path("field").asText()));
        assertEquals(List.of("to", "channelList[0].from", "channelList[0].applicationId", "channelList[0].content.text"),
                fields);
    }

    @Test
    void answersAuthenticationContentTypeAndMethodErrorsInTheEnvelope() throws Exception {
        try (BandwidthSimulator secured = BandwidthSimulator.builder().basicCredentials("u", "p").build().start()) {
            URI uri = URI.create(secured.baseUri() + "/users/9900000/messages/multiChannel");
            HttpResponse<String> unauthorized = Http.post(uri, JSON, Http.basic("u", "wrong"), request(sms("x")));
            assertEquals(401, unauthorized.statusCode());
            assertEquals("unauthorized", Http.json(unauthorized.body()).path("errors").get(0).path("type").asText());

            HttpResponse<String> xml = Http.post(uri, "application/xml", Http.basic("u", "p"), "<a/>");
            assertEquals(415, xml.statusCode());
            JsonNode error = Http.json(xml.body()).path("errors").get(0);
            assertEquals("unsupported-content-type", error.path("type").asText());
            assertEquals("Content-Type", error.path("source").path("header").asText());

            HttpResponse<String> notJson = Http.post(uri, JSON, Http.basic("u", "p"), "{");
            assertEquals(400, notJson.statusCode());
            assertEquals("request-validation", Http.json(notJson.body()).path("errors").get(0).path("type").asText());

            HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, get.statusCode());
            assertEquals("method-not-allowed", Http.json(get.body()).path("errors").get(0).path("type").asText());
        }
    }

    @Test
    void faultsOfTheOperationAnswerInTheEnvelopeAndLeaveTheOtherEndpointAlone() throws Exception {
        sim.faults(ApiOperation.CREATE_MULTI_CHANNEL_MESSAGE)
                .respond(FaultResponse.multiChannelStatus(429).header("Retry-After", "3"), 1);

        HttpResponse<String> limited = post(request(sms("x")));
        assertEquals(429, limited.statusCode());
        assertEquals("3", limited.headers().firstValue("Retry-After").orElse(""));
        assertEquals("rate-limit-exceeded", Http.json(limited.body()).path("errors").get(0).path("type").asText());
        assertTrue(Http.json(limited.body()).path("data").isNull());
        assertEquals(202, Http.post(sim.messagesUri("9900000"), JSON, null, Http.sms("x", "+15552223333")).statusCode(),
                "the messages endpoint has its own faults");
        assertEquals(202, post(request(sms("x"))).statusCode(), "one fault, used up");
    }
}
