package io.camelbandwidth.messaging;

import java.util.List;

import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelbandwidth.messaging.testkit.TestAccount.APPLICATION_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_SECRET;
import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static io.camelbandwidth.messaging.testkit.TestAccount.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Endpoint creation: inherited component options, credentials rules, phone numbers written in URIs, no secrets shown.
 */
class EndpointConfigurationTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // no routes: endpoints are created by the tests
            }
        };
    }

    private BandwidthSmsEndpoint endpoint(String uri) {
        return context.getEndpoint(uri, BandwidthSmsEndpoint.class);
    }

    @Test
    void componentOptionsAreInheritedAndEachEndpointGetsItsOwnCopy() {
        BandwidthSmsComponent component = context.getComponent("bandwidth-sms", BandwidthSmsComponent.class);
        component.getConfiguration().setClientId(CLIENT_ID);
        component.getConfiguration().setClientSecret(CLIENT_SECRET);
        component.getConfiguration().setApplicationId(APPLICATION_ID);
        component.getConfiguration().setTag("component-tag");

        BandwidthSmsEndpoint first = endpoint("bandwidth-sms:111?tag=first");
        BandwidthSmsEndpoint second = endpoint("bandwidth-sms:222");

        assertEquals("first", first.getConfiguration().getTag());
        assertEquals("component-tag", second.getConfiguration().getTag());
        assertEquals(APPLICATION_ID, second.getConfiguration().getApplicationId());
        assertEquals("111", first.getConfiguration().getAccountId());
        assertEquals("222", second.getConfiguration().getAccountId());
        assertNotSame(first.getConfiguration(), second.getConfiguration());
        assertNotSame(component.getConfiguration(), first.getConfiguration());
        assertEquals("component-tag", component.getConfiguration().getTag(), "endpoint options never leak back");
    }

    @Test
    void missingCredentialsFailTheProducerAndNameTheOptions() {
        Endpoint endpoint = context.getEndpoint("bandwidth-sms:111?applicationId=a");
        Exception e = assertThrows(IllegalArgumentException.class, endpoint::createProducer);
        String message = e.getMessage();
        assertTrue(message.contains("clientId") && message.contains("clientSecret") && message.contains("username")
                   && message.contains("password"), message);
    }

    @Test
    void bothCredentialPairsAreRefused() {
        Exception e = assertThrows(ResolveEndpointFailedException.class, () -> context.getEndpoint(
                "bandwidth-sms:111?clientId=a&clientSecret=b&username=c&password=d"));
        assertTrue(e.getCause().getMessage().contains("not both"), e.getCause().getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "clientId=a", "clientSecret=b", "username=c", "password=d" })
    void incompletePairIsRefused(String option) {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("bandwidth-sms:111?" + option));
        assertTrue(e.getCause().getMessage().contains("needs both"), e.getCause().getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "priority=urgent", "from=5551113333", "to=%2B15554443333,555", "expiration=tomorrow" })
    void wrongMessageDefaultsFailTheEndpointNotEachMessage(String option) {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("bandwidth-sms:111?clientId=a&clientSecret=b&" + option));
        String name = option.substring(0, option.indexOf('='));
        String message = e.getCause().getMessage();
        // priority is an enum: Camel's own binding refuses it, naming the option
        assertTrue(message.startsWith(name) || message.contains("name: " + name + " "), message);
    }

    @Test
    void missingAccountIdIsRefused() {
        Exception e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("bandwidth-sms:?clientId=a&clientSecret=b"));
        assertTrue(e.getCause().getMessage().contains("account id"), e.getCause().getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "maxSegments=-1", "maxMediaSize=0", "operation=sendFax" })
    void invalidOperationOptionsAreRefused(String option) {
        assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("bandwidth-sms:111?clientId=a&clientSecret=b&" + option));
    }

    @Test
    void operationOptionsBind() {
        BandwidthSmsConfiguration conf = endpoint("bandwidth-sms:111?clientId=a&clientSecret=b&operation=listMedia"
                                                  + "&maxSegments=3&maxMediaSize=1000&deleteMediaAfterSend=true")
                .getConfiguration();
        assertEquals(BandwidthOperation.listMedia, conf.getOperation());
        assertEquals(3, conf.getMaxSegments());
        assertEquals(1000, conf.getMaxMediaSize());
        assertTrue(conf.isDeleteMediaAfterSend());
    }

    @Test
    void unknownOptionIsRefused() {
        assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("bandwidth-sms:111?clientId=a&clientSecret=b&fromm=x"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+15551113333", "%2B15551113333", "RAW(+15551113333)" })
    void phoneNumbersInUrisInEveryNotation(String written) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:notation").to(bandwidth.oauthUri("from=" + written + "&to=" + written.replace("1113333", "4443333")));
            }
        });

        assertNull(template.request("direct:notation", e -> e.getMessage().setBody("hi")).getException());

        var accepted = bandwidth.simulator().awaitAccepted(1, WAIT).get(0);
        assertEquals("+15551113333", accepted.from());
        assertEquals(java.util.List.of("+15554443333"), accepted.to());
    }

    @Test
    void groupRecipientsWithBarePlusSigns() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:group").to(bandwidth.oauthUri("from=" + FROM + "&to=+15554443333,+15552223333"));
            }
        });

        assertNull(template.request("direct:group", e -> e.getMessage().setBody("hi")).getException());

        assertEquals(java.util.List.of("+15554443333", "+15552223333"), bandwidth.simulator().awaitAccepted(1, WAIT).get(0).to());
    }

    @Test
    void secretsAreMaskedWhereverTheEndpointIsShown() {
        Endpoint endpoint = context.getEndpoint("bandwidth-sms:111?clientId=" + CLIENT_ID + "&clientSecret=RAW("
                                                + CLIENT_SECRET + ")&proxyHost=proxy&proxyAuthUsername=pu"
                                                + "&proxyAuthPassword=proxy-pass-9");
        String shown = endpoint.toString();
        assertFalse(shown.contains(CLIENT_SECRET), shown);
        assertFalse(shown.contains("proxy-pass-9"), shown);
        assertFalse(shown.contains(CLIENT_ID), shown);
    }

    @Test
    void secretsSetOnTheComponentStayOutOfEndpointUris() {
        BandwidthSmsComponent component = context.getComponent("bandwidth-sms", BandwidthSmsComponent.class);
        component.getConfiguration().setClientId(CLIENT_ID);
        component.getConfiguration().setClientSecret(CLIENT_SECRET);

        Endpoint endpoint = context.getEndpoint("bandwidth-sms:111?applicationId=" + APPLICATION_ID);

        assertFalse(endpoint.getEndpointUri().contains(CLIENT_SECRET), endpoint.getEndpointUri());
        assertFalse(endpoint.getEndpointUri().contains(CLIENT_ID), endpoint.getEndpointUri());
    }

    @Test
    void serviceLocationIsTheBaseUri() {
        BandwidthSmsEndpoint endpoint = endpoint("bandwidth-sms:111?clientId=a&clientSecret=b");
        assertEquals(BandwidthSmsConfiguration.DEFAULT_BASE_URI, endpoint.getServiceUrl());
        assertEquals("rest", endpoint.getServiceProtocol());
    }

    @Test
    void durationsAcceptUnits() {
        BandwidthSmsEndpoint endpoint = endpoint("bandwidth-sms:111?clientId=a&clientSecret=b&responseTimeout=5s"
                                                 + "&connectTimeout=2s");
        assertEquals(5000, endpoint.getConfiguration().getResponseTimeout());
        assertEquals(2000, endpoint.getConfiguration().getConnectTimeout());
    }
}
