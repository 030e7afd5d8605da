package io.camelbandwidth.messaging;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbandwidth.messaging.testkit.SimulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.BeanIntrospection;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelbandwidth.messaging.testkit.TestAccount.FROM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated component JSON is what catalogs, IDEs and the docs show: it must be complete and true.
 */
class MetadataTest extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension bandwidth = SimulatorExtension.create();

    private static final Set<String> SECRETS = Set.of("clientId", "clientSecret", "username", "password",
            "proxyAuthUsername", "proxyAuthPassword", "callbackUsername", "callbackPassword");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&tag=t&priority=high"));
            }
        };
    }

    private static JsonNode componentJson() throws Exception {
        try (InputStream in = MetadataTest.class.getResourceAsStream("/META-INF/io/camelbandwidth/messaging/bandwidth-sms.json")) {
            assertNotNull(in, "component JSON in the jar");
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void componentDescribesItself() throws Exception {
        JsonNode component = componentJson().get("component");
        assertEquals("bandwidth-sms", component.get("scheme").asText());
        assertEquals("bandwidth-sms:accountId", component.get("syntax").asText());
        assertTrue(component.get("async").asBoolean(), "the producer is asynchronous");
        assertEquals("camel-bandwidth-messaging", component.get("artifactId").asText());
    }

    @Test
    void everyOptionAndHeaderHasADescription() throws Exception {
        JsonNode json = componentJson();
        for (String section : new String[] { "componentProperties", "properties", "headers" }) {
            for (Iterator<Map.Entry<String, JsonNode>> it = json.get(section).fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> option = it.next();
                String description = option.getValue().path("description").asText();
                assertTrue(description.length() > 15, section + "." + option.getKey() + " needs a real description");
            }
        }
    }

    @Test
    void secretsAreMarked() throws Exception {
        JsonNode properties = componentJson().get("properties");
        for (String secret : SECRETS) {
            assertTrue(properties.get(secret).path("secret").asBoolean(), secret + " is secret");
            assertTrue(properties.get(secret).path("label").asText().replace("proxy", "security")
                    .contains("security"), secret + " is labelled");
        }
        properties.fields().forEachRemaining(option -> {
            if (!SECRETS.contains(option.getKey())) {
                assertFalse(option.getValue().path("secret").asBoolean(), option.getKey() + " is not a secret");
            }
        });
    }

    @Test
    void defaultsEqualTheFieldInitialisers() throws Exception {
        BandwidthSmsConfiguration fresh = new BandwidthSmsConfiguration();
        for (Iterator<Map.Entry<String, JsonNode>> it = componentJson().get("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            if (!option.getValue().has("defaultValue")) {
                continue;
            }
            Field field;
            try {
                field = BandwidthSmsConfiguration.class.getDeclaredField(option.getKey());
            } catch (NoSuchFieldException inheritedFromCamel) {
                continue; // lazyStartProducer and friends
            }
            field.setAccessible(true);
            assertEquals(option.getValue().get("defaultValue").asText(), String.valueOf(field.get(fresh)),
                    option.getKey() + " default");
        }
    }

    @Test
    void requestHeadersAndResultHeadersAreInTheCatalog() throws Exception {
        JsonNode headers = componentJson().get("headers");
        for (String header : new String[] {
                BandwidthSmsConstants.TO, BandwidthSmsConstants.FROM, BandwidthSmsConstants.APPLICATION_ID,
                BandwidthSmsConstants.MEDIA, BandwidthSmsConstants.TAG, BandwidthSmsConstants.PRIORITY,
                BandwidthSmsConstants.EXPIRATION, BandwidthSmsConstants.MESSAGE_ID,
                BandwidthSmsConstants.SEGMENT_COUNT, BandwidthSmsConstants.OPERATION, BandwidthSmsConstants.TEXT,
                BandwidthSmsConstants.MEDIA_CONTENT_TYPE, BandwidthSmsConstants.MEDIA_ID, BandwidthSmsConstants.MEDIA_URL,
                BandwidthSmsConstants.UPLOADED_MEDIA, BandwidthSmsConstants.SEGMENT_ESTIMATE,
                BandwidthSmsConstants.PAGE_TOKEN, BandwidthSmsConstants.TOTAL_COUNT,
                BandwidthSmsConstants.CONTINUATION_TOKEN, BandwidthSmsConstants.SOURCE_TN,
                BandwidthSmsConstants.DESTINATION_TN, BandwidthSmsConstants.MESSAGE_STATUS,
                BandwidthSmsConstants.MESSAGE_DIRECTION, BandwidthSmsConstants.MESSAGE_TYPE,
                BandwidthSmsConstants.FROM_DATE_TIME, BandwidthSmsConstants.TO_DATE_TIME, BandwidthSmsConstants.LIMIT }) {
            assertTrue(headers.has(header), header);
        }
    }

    @Test
    void operationsAndHealthCheckOptionsAreInTheCatalog() throws Exception {
        JsonNode json = componentJson();
        JsonNode operation = json.get("properties").get("operation");
        assertEquals("sendMessage", operation.get("defaultValue").asText());
        assertEquals("[\"sendMessage\",\"listMessages\",\"uploadMedia\",\"getMedia\",\"listMedia\",\"deleteMedia\","
                     + "\"sendMultiChannelMessage\"]", operation.get("enum").toString());
        assertEquals(operation.get("enum"), json.get("headers").get(BandwidthSmsConstants.OPERATION).get("enum"),
                "the header takes the option's values");
        for (String option : new String[] { "maxSegments", "maxMediaSize", "deleteMediaAfterSend" }) {
            assertTrue(json.get("properties").has(option), option);
        }
        assertTrue(json.get("componentProperties").has("healthCheckProducerEnabled"));
    }

    @Test
    void consumerOptionsAndHeadersAreInTheCatalog() throws Exception {
        JsonNode json = componentJson();
        assertFalse(json.get("component").get("producerOnly").asBoolean(), "the endpoint has a consumer");
        for (String option : new String[] {
                "webhookPath", "callbackUsername", "callbackPassword", "idempotentRepository", "maxBodySize",
                "maxEventsPerRequest", "allowUnauthenticatedCallbacks" }) {
            assertTrue(json.get("properties").path(option).path("label").asText().contains("consumer"), option);
        }
        assertFalse(json.get("properties").get("applicationId").path("required").asBoolean(),
                "a consumer endpoint needs no application id");
        for (String header : new String[] {
                BandwidthSmsConstants.EVENT_TYPE, BandwidthSmsConstants.MESSAGE_ID, BandwidthSmsConstants.TO,
                BandwidthSmsConstants.FROM, BandwidthSmsConstants.TAG, BandwidthSmsConstants.ERROR_CODE,
                BandwidthSmsConstants.DESCRIPTION, BandwidthSmsConstants.ERROR_CATEGORY,
                BandwidthSmsConstants.ERROR_NAME, BandwidthSmsConstants.ERROR_RESEND_MAY_HELP,
                BandwidthSmsConstants.DIRECTION }) {
            assertTrue(json.get("headers").path(header).path("label").asText().contains("consumer"), header);
        }
    }

    @Test
    void generatedConfigurersAreUsedNotReflection() {
        BeanIntrospection introspection = PluginHelper.getBeanIntrospection(context);
        introspection.setExtendedStatistics(true);
        long before = introspection.getInvokedCounter();

        context.getEndpoint(bandwidth.oauthUri("from=" + FROM + "&to=%2B15554443333&tag=t&priority=high&responseTimeout=5s"));

        assertEquals(before, introspection.getInvokedCounter(), "options bound through the generated configurer");
    }
}
