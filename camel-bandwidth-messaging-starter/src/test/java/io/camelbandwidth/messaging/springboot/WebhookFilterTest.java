package io.camelbandwidth.messaging.springboot;

import java.nio.charset.StandardCharsets;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static io.camelbandwidth.messaging.springboot.RawHttp.AUTHORIZATION;
import static io.camelbandwidth.messaging.springboot.RawHttp.EVENT;
import static io.camelbandwidth.messaging.springboot.RawHttp.JSON;
import static io.camelbandwidth.messaging.springboot.RawHttp.post;
import static io.camelbandwidth.messaging.springboot.RawHttp.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The callback consumer on Spring Boot's servlet engine (Tomcat, through camel-platform-http-starter), where
 * platform-http reads the whole body before any Camel code runs: the starter's filter answers from the headers before
 * the body is read, and reads a chunked body no further than {@code maxBodySize}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camel.component.bandwidth-sms.callback-username=" + RawHttp.USER,
        "camel.component.bandwidth-sms.callback-password=" + RawHttp.PASSWORD,
        "camel.component.bandwidth-sms.max-body-size=4096" })
class WebhookFilterTest {

    private static final String PATH = "/bandwidth/callbacks";
    /** Far less than anyone waits for a body that never comes. */
    private static final int ANSWER_WITHIN_MILLIS = 3000;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        RouteBuilder callbacks() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("bandwidth-sms:9900000").to("mock:callbacks");
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    CamelContext camelContext;

    private MockEndpoint callbacks;

    @BeforeEach
    void resetMock() {
        callbacks = camelContext.getEndpoint("mock:callbacks", MockEndpoint.class);
        callbacks.reset();
    }

    private String answerTo(String head) throws Exception {
        try (RawHttp client = new RawHttp(port)) {
            client.send(head);
            return client.readHead(ANSWER_WITHIN_MILLIS);
        }
    }

    @Test
    void noCredentialsAreChallengedBeforeTheBodyArrives() throws Exception {
        String head = answerTo(post(PATH, JSON, "Content-Length: 5000000"));

        assertEquals(401, status(head));
        assertTrue(head.contains("WWW-Authenticate: Basic realm=\"Bandwidth callbacks\""), head);
    }

    @Test
    void aDeclaredSizeOverMaxBodySizeIsRefusedBeforeTheBodyArrives() throws Exception {
        assertEquals(413, status(answerTo(post(PATH, AUTHORIZATION, JSON, "Content-Length: 100000"))));
    }

    @Test
    void anotherContentTypeIsRefusedBeforeTheBodyArrives() throws Exception {
        assertEquals(415, status(answerTo(post(PATH, AUTHORIZATION, "Content-Type: text/plain", "Content-Length: 20"))));
    }

    @Test
    void aChunkedBodyIsReadNoFurtherThanMaxBodySize() throws Exception {
        try (RawHttp client = new RawHttp(port)) {
            client.send(post(PATH, AUTHORIZATION, JSON, "Transfer-Encoding: chunked"));
            // past the limit, then the client stalls without ending the body
            client.sendChunk(5000);

            assertEquals(413, status(client.readHead(ANSWER_WITHIN_MILLIS)));
        }
    }

    @Test
    void callbacksWithinTheLimitsReachTheRouteChunkedOrNot() throws Exception {
        callbacks.expectedMessageCount(2);
        byte[] event = EVENT.getBytes(StandardCharsets.UTF_8);
        try (RawHttp client = new RawHttp(port)) {
            client.send(post(PATH, AUTHORIZATION, JSON, "Content-Length: " + event.length) + EVENT);
            assertEquals(200, status(client.readHead(10_000)));
        }
        try (RawHttp client = new RawHttp(port)) {
            client.send(post(PATH, AUTHORIZATION, JSON, "Transfer-Encoding: chunked")
                        + Integer.toHexString(event.length) + "\r\n" + EVENT + "\r\n0\r\n\r\n");
            assertEquals(200, status(client.readHead(10_000)));
        }

        callbacks.assertIsSatisfied();
        assertEquals("m-1", callbacks.getReceivedExchanges().get(1).getMessage()
                .getHeader(BandwidthSmsConstants.MESSAGE_ID));
    }

    @Test
    void otherPathsPassUntouched() throws Exception {
        assertEquals(404, status(answerTo(post("/elsewhere", "Content-Length: 0"))));
    }
}
