package io.camelbandwidth.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.messaging.model.ListMessageItem;
import io.camelbandwidth.messaging.model.MessageQuery;
import io.camelbandwidth.messaging.model.MessagesList;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import io.camelbandwidth.simulator.ApiOperation;
import io.camelbandwidth.simulator.FaultResponse;
import io.camelbandwidth.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestExchanges.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * listMessages: filters from a query object or headers, validated before the request, paging with the page token.
 */
class ListMessagesTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM));
                from("direct:list").to(bandwidth.oauthUri("operation=listMessages"));
                // the documented all-pages loop (docs/operations.md), with 2 per page
                String list = bandwidth.oauthUri("operation=listMessages");
                from("direct:failedMessages")
                        .setHeader(BandwidthSmsConstants.MESSAGE_DIRECTION, constant("OUTBOUND"))
                        .setHeader(BandwidthSmsConstants.LIMIT, constant(2))
                        .to(list)
                        .split(simple("${body.messages}")).to("mock:item").end()
                        .loopDoWhile(header(BandwidthSmsConstants.PAGE_TOKEN).isNotNull())
                            .to(list)
                            .split(simple("${body.messages}")).to("mock:item").end()
                        .end();
            }
        };
    }

    @BeforeEach
    void sendSome() {
        bandwidth.simulator().failRecipient("+15550000000", 4720);
        for (String to : List.of("+15554443333", "+15552223333", "+15550000000")) {
            Exchange sent = template.request("direct:send", e -> {
                e.getMessage().setBody("Hello");
                e.getMessage().setHeader(BandwidthSmsConstants.TO, to);
            });
            assertNull(sent.getException());
        }
    }

    private Exchange list(Object body, Map<String, Object> headers) {
        return template.request("direct:list", e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    private static MessagesList page(Exchange exchange) {
        assertNull(exchange.getException(), () -> "list failed: " + exchange.getException());
        return exchange.getMessage().getBody(MessagesList.class);
    }

    @Test
    void filterHeaders() {
        Exchange exchange = list(null, Map.of(BandwidthSmsConstants.MESSAGE_STATUS, "failed",
                BandwidthSmsConstants.SOURCE_TN, FROM));
        MessagesList failed = page(exchange);
        assertEquals(1, failed.getTotalCount());
        ListMessageItem item = failed.getMessages().get(0);
        assertEquals("+15550000000", item.getDestinationTn());
        assertEquals(4720, item.getErrorCode());
        assertEquals("FAILED", item.getMessageStatus());
        assertEquals(1L, exchange.getMessage().getHeader(BandwidthSmsConstants.TOTAL_COUNT));
        assertNull(exchange.getMessage().getHeader(BandwidthSmsConstants.PAGE_TOKEN), "a single page");

        String query = bandwidth.simulator().requests().get(bandwidth.simulator().requests().size() - 1).uri();
        assertTrue(query.contains("sourceTn=%2B15551113333"), "the plus is encoded: " + query);
        assertTrue(query.contains("messageStatus=FAILED"), "enum values as the spec spells them: " + query);
    }

    @Test
    void queryObjectBodyAndMapBody() {
        OffsetDateTime anHourAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        assertEquals(3, page(list(MessageQuery.create().messageDirection("OUTBOUND").fromDateTime(anHourAgo)
                .messageType("sms"), Map.of())).getTotalCount());
        assertEquals(2, page(list(Map.of("destinationTn", List.of("+15554443333", "+15552223333")), Map.of()))
                .getTotalCount());
        assertEquals(0, page(list(MessageQuery.create().toDateTime(anHourAgo), Map.of())).getTotalCount());
    }

    @Test
    void pagesUntilTheLastPage() {
        List<String> recipients = new ArrayList<>();
        Map<String, Object> headers = new HashMap<>(Map.of(BandwidthSmsConstants.MESSAGE_DIRECTION, "OUTBOUND",
                BandwidthSmsConstants.LIMIT, 2));
        int pages = 0;
        do {
            Exchange exchange = list(null, headers);
            page(exchange).getMessages().forEach(m -> recipients.add(m.getDestinationTn()));
            headers = new HashMap<>(exchange.getMessage().getHeaders());
            pages++;
        } while (headers.containsKey(BandwidthSmsConstants.PAGE_TOKEN));
        assertEquals(List.of("+15554443333", "+15552223333", "+15550000000"), recipients);
        assertEquals(2, pages);
    }

    @Test
    void documentedAllPagesLoop() throws Exception {
        MockEndpoint items = getMockEndpoint("mock:item");
        items.expectedMessageCount(3);
        assertNull(template.request("direct:failedMessages", e -> { }).getException());
        items.assertIsSatisfied();
        assertEquals(List.of("+15554443333", "+15552223333", "+15550000000"), items.getExchanges().stream()
                .map(e -> e.getMessage().getBody(ListMessageItem.class).getDestinationTn()).toList());
    }

    @Test
    void theMessageIdOfASendFiltersAListInTheSameRoute() {
        String id = bandwidth.simulator().acceptedMessages().get(1).id();
        assertEquals(List.of(id), page(list(null, Map.of(BandwidthSmsConstants.MESSAGE_ID, id))).getMessages().stream()
                .map(ListMessageItem::getMessageId).toList());
    }

    @Test
    void invalidQueriesFailBeforeAnyRequest() {
        int before = bandwidth.simulator().requests().size();
        assertEquals("query", failure(list(null, Map.of()), BandwidthValidationException.class).getField());
        assertEquals(BandwidthSmsConstants.MESSAGE_STATUS, failure(list(null, Map.of(BandwidthSmsConstants.MESSAGE_STATUS,
                "LOST")), BandwidthValidationException.class).getField());
        assertEquals(BandwidthSmsConstants.SOURCE_TN, failure(list(null, Map.of(BandwidthSmsConstants.SOURCE_TN, "+1")),
                BandwidthValidationException.class).getField());
        assertEquals(BandwidthSmsConstants.LIMIT, failure(list(null, Map.of(BandwidthSmsConstants.LIMIT, 0)),
                BandwidthValidationException.class).getField());
        assertEquals("carrier", failure(list(Map.of("carrier", "Verizon"), Map.of()),
                BandwidthValidationException.class).getField());
        assertEquals("errorCode", failure(list(Map.of("errorCode", "x"), Map.of()),
                BandwidthValidationException.class).getField());
        assertEquals(BandwidthSmsConstants.FROM_DATE_TIME, failure(list(null, Map.of(BandwidthSmsConstants.FROM_DATE_TIME,
                "yesterday")), BandwidthValidationException.class).getField());
        assertEquals(before, bandwidth.simulator().requests().size(), "nothing was sent");
    }

    @Test
    void aDecodedPlusIsRepairedAndRateLimitsAreTyped() {
        assertEquals(1, page(list(null, Map.of(BandwidthSmsConstants.DESTINATION_TN, " 15554443333"))).getTotalCount());

        bandwidth.simulator().faults(ApiOperation.LIST_MESSAGES).respond(FaultResponse.status(429).header("Retry-After", "7"), 1);
        Exchange limited = list(null, Map.of(BandwidthSmsConstants.MESSAGE_TYPE, "sms"));
        assertEquals(7, failure(limited, BandwidthRateLimitException.class).getRetryAfter().orElseThrow().toSeconds());
        RecordedRequest last = bandwidth.simulator().requests().get(bandwidth.simulator().requests().size() - 1);
        assertEquals("GET", last.method());
        assertTrue(last.header("Authorization").startsWith("Bearer "));
    }
}
