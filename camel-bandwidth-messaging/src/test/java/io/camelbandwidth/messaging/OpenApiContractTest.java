package io.camelbandwidth.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.model.MessagePriority;
import io.camelbandwidth.messaging.model.MessageQuery;
import io.camelbandwidth.messaging.model.MessageRequest;
import io.camelbandwidth.messaging.model.multichannel.ChannelListItem;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageRequest;
import io.camelbandwidth.messaging.model.multichannel.MultiChannelMessageResponse;
import io.camelbandwidth.messaging.model.multichannel.RbmAction;
import io.camelbandwidth.messaging.model.multichannel.RbmCardContent;
import io.camelbandwidth.messaging.model.multichannel.RbmCardMedia;
import io.camelbandwidth.messaging.model.multichannel.RbmCarousel;
import io.camelbandwidth.messaging.model.multichannel.RbmChannelItem;
import io.camelbandwidth.messaging.model.multichannel.RbmContent;
import io.camelbandwidth.messaging.model.multichannel.RbmMediaFile;
import io.camelbandwidth.messaging.model.multichannel.RbmOpenUrlAction;
import io.camelbandwidth.messaging.model.multichannel.RbmStandaloneCard;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.APPLICATION_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests checked against Bandwidth's official OpenAPI spec: a Prism mock serving the spec validates every request
 * and answers 202 only to valid ones. {@code .ci/run} starts Prism and sets {@code bandwidth.contract.url}; without it
 * this test is skipped (the simulator-based tests cover the same sends).
 */
@EnabledIfSystemProperty(named = "bandwidth.contract.url", matches = ".+")
class OpenApiContractTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final String PRISM = System.getProperty("bandwidth.contract.url", "");
    private static final String LOGO = "https://dev.bandwidth.com/images/bandwidth-logo.png";
    private static final String GITHUB = "https://dev.bandwidth.com/images/github_logo.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // Basic against the mock; OAuth2 with a token from the simulator and messages to the mock
                from("direct:basic").to("bandwidth-sms:" + ACCOUNT_ID + "?applicationId=" + APPLICATION_ID + "&from="
                                        + FROM + "&baseUri=" + PRISM + "&username=u&password=p");
                from("direct:oauth").to(bandwidth.oauthUri("from=" + FROM).replace(bandwidth.simulator().baseUri(), PRISM));
            }
        };
    }

    @Test
    void theMockRejectsInvalidRequests() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PRISM + "/users/" + ACCOUNT_ID + "/messages"))
                .header("Content-Type", "application/json").header("Authorization", "Basic dTpw")
                .POST(HttpRequest.BodyPublishers.ofString("{\"applicationId\":\"a\",\"to\":\"+15554443333\",\"from\":\"+1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 400 || response.statusCode() == 422,
                "the contract mock must validate, answered " + response.statusCode());
    }

    @Test
    void documentedExamplesMatchTheSpec() {
        String two = "+15554443333,+15552223333";
        for (String route : List.of("direct:basic", "direct:oauth")) {
            accepted(route, "Hello world", Map.of(BandwidthSmsConstants.TO, "+15554443333"));
            accepted(route, "Picture", Map.of(BandwidthSmsConstants.TO, "+15554443333", BandwidthSmsConstants.MEDIA, LOGO));
            accepted(route, null, Map.of(BandwidthSmsConstants.TO, "+15554443333",
                    BandwidthSmsConstants.MEDIA, List.of(LOGO, GITHUB)));
            accepted(route, "Hello group", Map.of(BandwidthSmsConstants.TO, two));
            accepted(route, "Group picture", Map.of(BandwidthSmsConstants.TO, two, BandwidthSmsConstants.MEDIA, LOGO));
        }
    }

    @Test
    void everyOptionalFieldMatchesTheSpec() {
        accepted("direct:oauth", "All fields", Map.of(BandwidthSmsConstants.TO, "+15554443333",
                BandwidthSmsConstants.TAG, "order-42", BandwidthSmsConstants.PRIORITY, "high",
                BandwidthSmsConstants.EXPIRATION, OffsetDateTime.now(ZoneOffset.UTC).plusHours(2),
                BandwidthSmsConstants.FROM, "Acme Shop"));

        MessageRequest request = MessageRequest.text(FROM, "From a request object", "+15554443333");
        request.setPriority(MessagePriority.DEFAULT);
        request.setApplicationId(APPLICATION_ID);
        accepted("direct:basic", request, Map.of());
    }

    @Test
    void everyOperationsRequestMatchesTheSpec() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
        for (String route : List.of("direct:basic", "direct:oauth")) {
            ok(route, null, Map.of(BandwidthSmsConstants.OPERATION, "listMessages",
                    BandwidthSmsConstants.MESSAGE_STATUS, "delivered", BandwidthSmsConstants.SOURCE_TN, "+15554443333",
                    BandwidthSmsConstants.MESSAGE_DIRECTION, "OUTBOUND", BandwidthSmsConstants.MESSAGE_TYPE, "mms",
                    BandwidthSmsConstants.FROM_DATE_TIME, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                    BandwidthSmsConstants.TO_DATE_TIME, OffsetDateTime.now(ZoneOffset.UTC),
                    BandwidthSmsConstants.LIMIT, 50));
            ok(route, MessageQuery.create().destinationTn("+15554443333,+15552223333").errorCode(9902)
                    .sort("sourceTn:desc").pageToken("gdEewhcJLQRB5").parameter("limitTotalCount", true)
                    .parameter("product", "P2P").parameter("carrierName", "AT&T"),
                    Map.of(BandwidthSmsConstants.OPERATION, "listMessages"));
            ok(route, png, Map.of(BandwidthSmsConstants.OPERATION, "uploadMedia", BandwidthSmsConstants.MEDIA_ID,
                    "logo.png", BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/png"));
            ok(route, null, Map.of(BandwidthSmsConstants.OPERATION, "getMedia", BandwidthSmsConstants.MEDIA_ID, "logo.png"));
            ok(route, null, Map.of(BandwidthSmsConstants.OPERATION, "listMedia"));
            ok(route, null, Map.of(BandwidthSmsConstants.OPERATION, "listMedia", BandwidthSmsConstants.CONTINUATION_TOKEN,
                    "1XEi2tsFtLo1JbtLwETnM1ZJ+PqAa8w6ENvC5QKvwyrCDYII663Gy5M4s40owR1tjkuWUif6qbWvFtQJR5/ipqbUnfA"));
            ok(route, null, Map.of(BandwidthSmsConstants.OPERATION, "deleteMedia", BandwidthSmsConstants.MEDIA_ID, "logo.png"));
            // an MMS from local content: the upload, then the message referencing it
            accepted(route, png, Map.of(BandwidthSmsConstants.TO, "+15554443333",
                    BandwidthSmsConstants.MEDIA_CONTENT_TYPE, "image/png", BandwidthSmsConstants.TEXT, "Picture"));
        }
    }

    @Test
    void theMockValidatesMultiChannelRequests() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PRISM + "/users/" + ACCOUNT_ID + "/messages/multiChannel"))
                .header("Content-Type", "application/json").header("Authorization", "Basic dTpw")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"+15554443333\",\"channelList\":[{\"from\":\"a\","
                        + "\"applicationId\":\"b\",\"channel\":\"FAX\",\"content\":{\"text\":\"x\"}}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 400 || response.statusCode() == 422,
                "the contract mock must validate, answered " + response.statusCode());
    }

    @Test
    void multiChannelRequestsMatchTheSpec() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);
        RbmStandaloneCard card = RbmContent.standaloneCard(RbmStandaloneCard.Orientation.HORIZONTAL,
                RbmCardContent.of("Bandwidth", "Bandwidth is a CPaaS company.")
                        .media(RbmCardMedia.of(LOGO, RbmCardMedia.Height.MEDIUM))
                        .suggestions(RbmAction.reply("Yes", "yes")));
        card.setThumbnailImageAlignment(RbmStandaloneCard.ThumbnailAlignment.LEFT);
        MultiChannelMessageRequest everything = MultiChannelMessageRequest.to("+15552223333")
                .channel(ChannelListItem.rbm("BandwidthRBM", RbmContent.text("Hello world",
                        RbmAction.reply("Yes", "yes"),
                        RbmAction.dial("Call us", "call", "+15552223333"),
                        RbmAction.showLocation("Find us", "map", 37.7749, -122.4194).label("San Francisco"),
                        RbmAction.calendarEvent("Book", "cal", "Meeting with John", start, start.plusHours(1))
                                .description("Discuss the new project"),
                        RbmAction.openUrl("Visit", "url", "https://dev.bandwidth.com")
                                .webview(RbmOpenUrlAction.WebviewViewMode.HALF),
                        RbmAction.requestLocation("Share location", "where"))))
                .channel(ChannelListItem.rbm("BandwidthRBM", card))
                .channel(ChannelListItem.rbm("BandwidthRBM", RbmContent.carousel(RbmCarousel.CardWidth.SMALL,
                        RbmCardContent.of("Red", null), RbmCardContent.of(null, "Blue"))))
                .channel(ChannelListItem.mms(FROM, "Hello world", LOGO, GITHUB))
                .tag("order-42");
        everything.setPriority(MessagePriority.HIGH);
        everything.setExpiration(OffsetDateTime.now(ZoneOffset.UTC).plusHours(2));
        MultiChannelMessageRequest media = MultiChannelMessageRequest.to("+15552223333")
                .channel(ChannelListItem.rbm("BandwidthRBM", RbmContent.media(RbmMediaFile.of(LOGO, GITHUB))))
                .channel(ChannelListItem.sms(null, "Hello world"));
        String json = "{\"to\":\"+15552223333\",\"channelList\":[{\"from\":\"BandwidthRBM\",\"channel\":\"RBM\","
                      + "\"content\":{\"text\":\"Hello world\"}},{\"channel\":\"SMS\",\"content\":{\"text\":\"Hi\"}}]}";
        Map<String, Object> operation = Map.of(BandwidthSmsConstants.OPERATION, "sendMultiChannelMessage");
        for (String route : List.of("direct:basic", "direct:oauth")) {
            for (Object body : List.of(everything, media, json)) {
                Exchange exchange = template.request(route, e -> {
                    e.getMessage().setBody(body);
                    e.getMessage().setHeaders(new HashMap<>(operation));
                });
                assertNull(exchange.getException(), () -> route + " " + body + ": " + exchange.getException());
                // Prism answers the spec's example envelope
                MultiChannelMessageResponse response = exchange.getMessage().getBody(MultiChannelMessageResponse.class);
                assertEquals(response.getData().getId(), exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
                assertNotNull(response.getData().getId());
                assertTrue(response.getData().getChannelList().get(0) instanceof RbmChannelItem);
            }
        }
    }

    private void ok(String route, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        assertNull(exchange.getException(), () -> route + " " + headers + ": " + exchange.getException());
    }

    private void accepted(String route, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        assertNull(exchange.getException(), () -> route + " " + headers + ": " + exchange.getException());
        // Prism answers the spec's example message
        assertNotNull(exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertEquals(1, exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT));
    }
}
