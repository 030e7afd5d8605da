package io.camelbandwidth.messaging;

import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the Apache Camel Kamelet catalog's validator ({@code script/validator/validator.go}) and of its
 * security model, applied to the shipped {@code bandwidth-sms-sink}; and its agreement with the component JSON (as
 * Camel's {@code ValidateKameletsMojo} checks parameters).
 */
class KameletRulesTest {

    static final String FILE = "bandwidth-sms-sink.kamelet.yaml";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9_.-]+)(?::[^}]*)?}}");

    static JsonNode kamelet;
    static JsonNode definition;
    static JsonNode template;
    static JsonNode component;

    @BeforeAll
    static void read() throws Exception {
        kamelet = Kamelets.kamelet(FILE);
        definition = kamelet.at("/spec/definition");
        template = kamelet.at("/spec/template");
        component = Kamelets.componentJson();
    }

    private static Set<String> propertyNames() {
        Set<String> names = new TreeSet<>();
        definition.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode property(String name) {
        return definition.get("properties").get(name);
    }

    // ---- validator rules -------------------------------------------------------------------------------------

    @Test
    void isAWellNamedSink() {
        assertEquals("camel.apache.org/v1", kamelet.get("apiVersion").asText());
        assertEquals("Kamelet", kamelet.get("kind").asText());
        String name = kamelet.at("/metadata/name").asText();
        assertEquals(FILE, name + ".kamelet.yaml", "file name == metadata.name");
        assertTrue(name.endsWith("-sink"), name);
        assertEquals("sink", kamelet.at("/metadata/labels").get("camel.apache.org/kamelet.type").asText());
        assertTrue(definition.get("title").asText().endsWith(" Sink"), "title ends with Sink");
        assertFalse(definition.path("description").asText().isBlank());
    }

    @Test
    void hasAnEmbeddedIconAndTheCatalogAnnotations() {
        JsonNode annotations = kamelet.at("/metadata/annotations");
        String icon = annotations.path("camel.apache.org/kamelet.icon").asText();
        assertTrue(icon.startsWith("data:image/svg+xml;base64,"), "icon embedded as a data URI, never a URL");
        String svg = new String(Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)));
        assertTrue(svg.startsWith("<svg") && svg.strip().endsWith("</svg>"), svg);
        assertFalse(annotations.path("camel.apache.org/catalog.version").asText().isBlank());
        assertFalse(annotations.path("camel.apache.org/provider").asText().isBlank());
        assertTrue(Set.of("Stable", "Preview", "Deprecated")
                .contains(annotations.path("camel.apache.org/kamelet.support.level").asText()));
    }

    @Test
    void everyPropertyHasATypeATitleAndADescription() {
        for (String name : propertyNames()) {
            JsonNode property = property(name);
            assertTrue(Set.of("string", "boolean", "integer", "number").contains(property.path("type").asText()),
                    name + " type");
            String title = property.path("title").asText();
            assertFalse(title.isBlank(), name + " title");
            assertTrue(Character.isUpperCase(title.charAt(0)), name + " title is capitalized");
            assertFalse(title.matches("(?i)^(the|a|an) .*"), name + " title starts with an article");
            assertFalse(property.path("description").asText().isBlank(), name + " description");
        }
    }

    @Test
    void requiredPropertiesAreDefined() {
        assertTrue(definition.get("required").size() > 0);
        definition.get("required").forEach(required -> assertTrue(propertyNames().contains(required.asText()),
                required.asText() + " is required but not defined"));
    }

    @Test
    void passwordsCarryTheCredentialsDescriptor() {
        for (String name : propertyNames()) {
            JsonNode property = property(name);
            if ("password".equals(property.path("format").asText())) {
                Set<String> descriptors = new HashSet<>();
                property.path("x-descriptors").forEach(d -> descriptors.add(d.asText()));
                assertTrue(descriptors.contains("urn:camel:group:credentials"), name);
                assertTrue(descriptors.stream().noneMatch(d -> d.startsWith("urn:alm:descriptor:")),
                        name + " uses the old descriptor");
            }
        }
    }

    @Test
    void everyPropertyIsUsedAndEveryPlaceholderIsDeclared() {
        Set<String> used = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template.toString());
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertEquals(propertyNames(), used);
    }

    @Test
    void aSinkStartsAtKameletSource() {
        assertEquals("kamelet:source", template.at("/from/uri").asText());
    }

    @Test
    void dependenciesAreWellFormedAndNameThisComponent() {
        boolean component = false;
        for (JsonNode dependency : kamelet.at("/spec/dependencies")) {
            String value = dependency.asText();
            assertTrue(value.matches("camel:[a-z0-9-]+|mvn:[^:]+:[^:]+:[^:]+|github:apache/.+"), value);
            JsonNode json = KameletRulesTest.component.get("component");
            if (value.equals("mvn:" + json.get("groupId").asText() + ":" + json.get("artifactId").asText() + ":"
                             + json.get("version").asText())) {
                component = true;
            }
        }
        assertTrue(component, "a dependency on this very component version");
    }

    // ---- security model --------------------------------------------------------------------------------------

    @Test
    void theComponentsHeadersAreRemovedBeforeAnythingElse() {
        JsonNode first = template.at("/from/steps/0");
        String pattern = first.at("/removeHeaders/pattern").asText();
        assertFalse(pattern.isEmpty(), "the first step removes headers");
        String regex = pattern.replace("*", ".*");
        component.get("headers").fieldNames().forEachRemaining(header -> assertTrue(header.matches(regex),
                header + " survives " + pattern));
    }

    @Test
    void onlyTheAllowedBranchChoosesTheRecipient() {
        int recipientSetters = 0;
        for (JsonNode choice : template.findValues("choice")) {
            for (JsonNode when : choice.path("when")) {
                for (JsonNode step : when.path("steps")) {
                    if (BandwidthSmsConstants.TO.equals(step.at("/setHeader/name").asText())) {
                        recipientSetters++;
                        assertTrue(when.get("simple").asText().startsWith("'{{allowRecipientHeaders}}' == 'true' && "),
                                "guarded by allowRecipientHeaders: " + when.get("simple"));
                    }
                }
            }
        }
        assertEquals(2, recipientSetters, "to and ce-to");
        assertFalse(property("allowRecipientHeaders").get("default").asBoolean(), "off unless asked for");
        // the other component headers are never set from the message
        for (JsonNode setHeader : template.findValues("setHeader")) {
            String name = setHeader.get("name").asText();
            assertTrue(Set.of(BandwidthSmsConstants.TO, BandwidthSmsConstants.TAG).contains(name), name);
        }
    }

    @Test
    void everySecretOfTheComponentIsAKameletPassword() {
        JsonNode options = component.get("properties");
        for (JsonNode to : Kamelets.toSteps(template)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = to.path("parameters").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> parameter = it.next();
                if (options.path(parameter.getKey()).path("secret").asBoolean()) {
                    Matcher matcher = PLACEHOLDER.matcher(parameter.getValue().asText());
                    assertTrue(matcher.matches(), parameter.getKey() + " is a Kamelet property");
                    assertEquals("password", property(matcher.group(1)).path("format").asText(),
                            matcher.group(1) + " feeds the secret " + parameter.getKey());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "from", "to" })
    void phoneNumbersArePatterned(String name) {
        Pattern pattern = Pattern.compile(property(name).get("pattern").asText());
        for (String good : List.of("+15551113333", "+441632960961", "+12")) {
            assertTrue(pattern.matcher(good).matches(), name + " accepts " + good);
        }
        for (String bad : List.of("15551113333", "+05551113333", "+1555111333x", "+1555 1113333", "+1234567890123456",
                "+15551113333\n+15554443333", "+15551113333;", "{{x}}", "")) {
            assertFalse(pattern.matcher(bad).matches(), name + " rejects " + bad);
        }
    }

    @Test
    void aGroupOfRecipientsIsAtMostTen() {
        Pattern to = Pattern.compile(property("to").get("pattern").asText());
        assertTrue(to.matcher("+15554443333,+15552223333, +15551110000").matches());
        assertTrue(to.matcher(String.join(",", java.util.Collections.nCopies(10, "+15554443333"))).matches());
        assertFalse(to.matcher(String.join(",", java.util.Collections.nCopies(11, "+15554443333"))).matches());
    }

    @Test
    void freeFormPropertiesArePatternedOrEnumerated() {
        for (String name : propertyNames()) {
            JsonNode property = property(name);
            if ("string".equals(property.path("type").asText()) && !"password".equals(property.path("format").asText())) {
                assertTrue(property.has("pattern") || property.has("enum"), name + " needs a pattern");
            }
        }
        assertFalse(Pattern.compile(property("tag").get("pattern").asText()).matcher("a\nb").matches());
    }

    // ---- agreement with the component JSON -------------------------------------------------------------------

    @Test
    void everyEndpointParameterExistsInTheComponent() {
        List<JsonNode> steps = Kamelets.toSteps(template);
        assertEquals(1, steps.size());
        JsonNode to = steps.get(0);
        String syntax = component.at("/component/syntax").asText();
        assertEquals("bandwidth-sms:accountId", syntax);
        assertEquals("bandwidth-sms:{{accountId}}", to.get("uri").asText(), "the path is the accountId");
        JsonNode options = component.get("properties");
        to.get("parameters").fieldNames().forEachRemaining(parameter -> {
            assertNotNull(options.get(parameter), parameter + " is not an option of bandwidth-sms");
            assertEquals("parameter", options.get(parameter).get("kind").asText(), parameter);
        });
    }

    @Test
    void enumeratedPropertiesOfferTheComponentsValues() {
        Set<String> kameletValues = new TreeSet<>();
        property("priority").get("enum").forEach(v -> kameletValues.add(v.asText()));
        Set<String> componentValues = new TreeSet<>();
        component.at("/properties/priority/enum").forEach(v -> componentValues.add(v.asText()));
        assertEquals(componentValues, kameletValues);
    }

    @Test
    void requiredComponentOptionsAreRequiredKameletProperties() {
        Set<String> required = new HashSet<>();
        definition.get("required").forEach(r -> required.add(r.asText()));
        JsonNode to = Kamelets.toSteps(template).get(0);
        component.get("properties").fields().forEachRemaining(option -> {
            if (option.getValue().path("required").asBoolean() && !"path".equals(option.getValue().path("kind").asText())) {
                Matcher matcher = PLACEHOLDER.matcher(to.path("parameters").path(option.getKey()).asText());
                assertTrue(matcher.matches(), option.getKey() + " is set");
                assertTrue(required.contains(matcher.group(1)), matcher.group(1) + " is required");
            }
        });
    }
}
