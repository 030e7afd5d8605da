package io.camelbandwidth.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.model.BandwidthMessage;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.AcceptedMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.APPLICATION_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five sends on Bandwidth's "Send SMS or MMS Messages" page, through a route, accepted by the simulator.
 */
class DocumentedExamplesTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final String LOGO = "https://dev.bandwidth.com/images/bandwidth-logo.png";
    private static final String GITHUB = "https://dev.bandwidth.com/images/github_logo.png";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM));
            }
        };
    }

    @Test
    void singleSms() {
        AcceptedMessage accepted = send("Hello world", Map.of(BandwidthSmsConstants.TO, "+15554443333"));
        assertEquals(List.of("+15554443333"), accepted.to());
        assertEquals("Hello world", accepted.text());
        assertFalse(accepted.request().has("media"));
        assertEquals(1, accepted.segmentCount());
    }

    @Test
    void pictureMms() {
        AcceptedMessage accepted = send("Look at this", Map.of(BandwidthSmsConstants.TO, "+15554443333",
                BandwidthSmsConstants.MEDIA, LOGO));
        assertEquals(List.of(LOGO), accepted.media());
        assertTrue(accepted.isMms());
    }

    @Test
    void mmsWithSeveralPictures() {
        AcceptedMessage accepted = send(null, Map.of(BandwidthSmsConstants.TO, "+15554443333",
                BandwidthSmsConstants.MEDIA, List.of(LOGO, GITHUB)));
        assertEquals(List.of(LOGO, GITHUB), accepted.media());
        assertFalse(accepted.request().has("text"), "a media-only MMS sends no text");
    }

    @Test
    void groupSms() {
        AcceptedMessage accepted = send("Hello group", Map.of(BandwidthSmsConstants.TO, "+15554443333,+15552223333"));
        assertEquals(List.of("+15554443333", "+15552223333"), accepted.to());
    }

    @Test
    void groupMms() {
        AcceptedMessage accepted = send("Group picture", Map.of(BandwidthSmsConstants.TO,
                List.of("+15554443333", "+15552223333"), BandwidthSmsConstants.MEDIA, LOGO));
        assertEquals(List.of("+15554443333", "+15552223333"), accepted.to());
        assertEquals(List.of(LOGO), accepted.media());
    }

    private AcceptedMessage send(String text, Map<String, Object> headers) {
        Exchange exchange = template.request("direct:send", e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
        assertNull(exchange.getException(), () -> "send failed: " + exchange.getException());
        List<AcceptedMessage> accepted = bandwidth.simulator().awaitAccepted(1, WAIT);
        assertEquals(1, accepted.size());
        AcceptedMessage message = accepted.get(0);

        assertEquals(ACCOUNT_ID, message.accountId());
        assertEquals(APPLICATION_ID, message.applicationId());
        assertEquals(FROM, message.from());
        assertEquals("Bearer", message.authScheme());

        BandwidthMessage answer = exchange.getMessage().getBody(BandwidthMessage.class);
        assertNotNull(answer, "the body is Bandwidth's answer");
        assertEquals(message.id(), answer.getId());
        assertEquals(message.id(), exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID));
        assertEquals(message.segmentCount(), exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT));
        assertNotNull(exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_TIME));
        assertEquals("out", answer.getDirection());
        return message;
    }
}
