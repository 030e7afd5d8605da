package io.camelbandwidth.messaging;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the Apache Camel Kamelet catalog's validator ({@code script/validator/validator.go}) and of its
 * security model, applied to every Kamelet the jar ships; and their agreement with the component JSON (as Camel's
 * {@code ValidateKameletsMojo} checks parameters). The rules common to all Kamelets run for each file; the
 * {@link Sink} and {@link Source} classes hold the rules of one kind.
 */
class KameletRulesTest {

    static final String SINK = "bandwidth-sms-sink.kamelet.yaml";
    static final String SOURCE = "bandwidth-sms-source.kamelet.yaml";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9_.-]+)(?::[^}]*)?}}");

    static JsonNode component;

    /** One Kamelet file, read from the class path. */
    record Kamelet(String file, JsonNode kamelet) {

        static Kamelet read(String file) throws Exception {
            return new Kamelet(file, Kamelets.kamelet(file));
        }

        JsonNode definition() {
            return kamelet.at("/spec/definition");
        }

        JsonNode template() {
            return kamelet.at("/spec/template");
        }

        String type() {
            return kamelet.at("/metadata/labels").path("camel.apache.org/kamelet.type").asText();
        }

        Set<String> propertyNames() {
            Set<String> names = new TreeSet<>();
            definition().get("properties").fieldNames().forEachRemaining(names::add);
            return names;
        }

        JsonNode property(String name) {
            return definition().get("properties").get(name);
        }

        Set<String> required() {
            Set<String> required = new HashSet<>();
            definition().path("required").forEach(r -> required.add(r.asText()));
            return required;
        }

        /** The {@code bandwidth-sms} endpoints of the template: its {@code from} (a source) or its {@code to}s. */
        List<JsonNode> componentEndpoints() {
            List<JsonNode> endpoints = new ArrayList<>();
            if (template().get("from").get("uri").asText().startsWith("bandwidth-sms:")) {
                endpoints.add(template().get("from"));
            }
            Kamelets.toSteps(template()).stream()
                    .filter(to -> to.get("uri").asText().startsWith("bandwidth-sms:"))
                    .forEach(endpoints::add);
            return endpoints;
        }
    }

    static Map<String, Kamelet> kamelets;

    @BeforeAll
    static void read() throws Exception {
        kamelets = Map.of(SINK, Kamelet.read(SINK), SOURCE, Kamelet.read(SOURCE));
        component = Kamelets.componentJson();
    }

    // ---- validator rules, every Kamelet ----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void isWellNamedForItsType(String file) {
        Kamelet k = kamelets.get(file);
        assertEquals("camel.apache.org/v1", k.kamelet().get("apiVersion").asText());
        assertEquals("Kamelet", k.kamelet().get("kind").asText());
        String name = k.kamelet().at("/metadata/name").asText();
        assertEquals(file, name + ".kamelet.yaml", "file name == metadata.name");
        String type = k.type();
        assertTrue(Set.of("sink", "source").contains(type), type);
        assertTrue(name.endsWith("-" + type), name + " ends with -" + type);
        String title = k.definition().get("title").asText();
        assertTrue(title.endsWith(" " + Character.toUpperCase(type.charAt(0)) + type.substring(1)),
                title + " ends with the type");
        assertFalse(k.definition().path("description").asText().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void hasAnEmbeddedIconAndTheCatalogAnnotations(String file) {
        JsonNode annotations = kamelets.get(file).kamelet().at("/metadata/annotations");
        String icon = annotations.path("camel.apache.org/kamelet.icon").asText();
        assertTrue(icon.startsWith("data:image/svg+xml;base64,"), "icon embedded as a data URI, never a URL");
        String svg = new String(Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)));
        assertTrue(svg.startsWith("<svg") && svg.strip().endsWith("</svg>"), svg);
        assertFalse(annotations.path("camel.apache.org/catalog.version").asText().isBlank());
        assertFalse(annotations.path("camel.apache.org/provider").asText().isBlank());
        assertTrue(Set.of("Stable", "Preview", "Deprecated")
                .contains(annotations.path("camel.apache.org/kamelet.support.level").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void everyPropertyHasATypeATitleAndADescription(String file) {
        Kamelet k = kamelets.get(file);
        for (String name : k.propertyNames()) {
            JsonNode property = k.property(name);
            assertTrue(Set.of("string", "boolean", "integer", "number").contains(property.path("type").asText()),
                    name + " type");
            String title = property.path("title").asText();
            assertFalse(title.isBlank(), name + " title");
            assertTrue(Character.isUpperCase(title.charAt(0)), name + " title is capitalized");
            assertFalse(title.matches("(?i)^(the|a|an) .*"), name + " title starts with an article");
            assertFalse(property.path("description").asText().isBlank(), name + " description");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void requiredPropertiesAreDefined(String file) {
        Kamelet k = kamelets.get(file);
        assertFalse(k.required().isEmpty());
        k.required().forEach(required -> assertTrue(k.propertyNames().contains(required),
                required + " is required but not defined"));
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void passwordsCarryTheCredentialsDescriptor(String file) {
        Kamelet k = kamelets.get(file);
        for (String name : k.propertyNames()) {
            JsonNode property = k.property(name);
            if ("password".equals(property.path("format").asText())) {
                Set<String> descriptors = new HashSet<>();
                property.path("x-descriptors").forEach(d -> descriptors.add(d.asText()));
                assertTrue(descriptors.contains("urn:camel:group:credentials"), name);
                assertTrue(descriptors.stream().noneMatch(d -> d.startsWith("urn:alm:descriptor:")),
                        name + " uses the old descriptor");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void everyPropertyIsUsedAndEveryPlaceholderIsDeclared(String file) {
        Kamelet k = kamelets.get(file);
        Set<String> used = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(k.template().toString());
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertEquals(k.propertyNames(), used);
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void dependenciesAreWellFormedAndNameThisComponent(String file) {
        boolean self = false;
        for (JsonNode dependency : kamelets.get(file).kamelet().at("/spec/dependencies")) {
            String value = dependency.asText();
            assertTrue(value.matches("camel:[a-z0-9-]+|mvn:[^:]+:[^:]+:[^:]+|github:apache/.+"), value);
            JsonNode json = component.get("component");
            if (value.equals("mvn:" + json.get("groupId").asText() + ":" + json.get("artifactId").asText() + ":"
                             + json.get("version").asText())) {
                self = true;
            }
        }
        assertTrue(self, "a dependency on this very component version");
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void freeFormPropertiesArePatternedOrEnumerated(String file) {
        Kamelet k = kamelets.get(file);
        for (String name : k.propertyNames()) {
            JsonNode property = k.property(name);
            if ("string".equals(property.path("type").asText()) && !"password".equals(property.path("format").asText())) {
                assertTrue(property.has("pattern") || property.has("enum"), name + " needs a pattern");
                if (property.has("pattern")) {
                    Pattern pattern = Pattern.compile(property.get("pattern").asText());
                    for (String value : List.of("a\nb", "")) {
                        assertFalse(pattern.matcher(value).matches(), name + " accepts " + value);
                    }
                    if (property.has("default")) {
                        assertTrue(pattern.matcher(property.get("default").asText()).matches(), name + " default");
                    }
                    if (property.has("example")) {
                        assertTrue(pattern.matcher(property.get("example").asText()).matches(), name + " example");
                    }
                }
            }
        }
    }

    // ---- security model, every Kamelet -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void everySecretOfTheComponentIsAKameletPassword(String file) {
        Kamelet k = kamelets.get(file);
        JsonNode options = component.get("properties");
        for (JsonNode endpoint : k.componentEndpoints()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = endpoint.path("parameters").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> parameter = it.next();
                if (options.path(parameter.getKey()).path("secret").asBoolean()) {
                    Matcher matcher = PLACEHOLDER.matcher(parameter.getValue().asText());
                    assertTrue(matcher.matches(), parameter.getKey() + " is a Kamelet property");
                    assertEquals("password", k.property(matcher.group(1)).path("format").asText(),
                            matcher.group(1) + " feeds the secret " + parameter.getKey());
                }
            }
        }
    }

    // ---- agreement with the component JSON, every Kamelet ----------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void everyEndpointParameterExistsInTheComponent(String file) {
        Kamelet k = kamelets.get(file);
        List<JsonNode> endpoints = k.componentEndpoints();
        assertEquals(1, endpoints.size(), "one bandwidth-sms endpoint");
        JsonNode endpoint = endpoints.get(0);
        assertEquals("bandwidth-sms:accountId", component.at("/component/syntax").asText());
        assertEquals("bandwidth-sms:{{accountId}}", endpoint.get("uri").asText(), "the path is the accountId");
        String role = "sink".equals(k.type()) ? "producer" : "consumer";
        JsonNode options = component.get("properties");
        endpoint.get("parameters").fieldNames().forEachRemaining(parameter -> {
            JsonNode option = options.get(parameter);
            assertNotNull(option, parameter + " is not an option of bandwidth-sms");
            assertEquals("parameter", option.get("kind").asText(), parameter);
            String label = option.path("label").asText();
            assertFalse(label.contains("sink".equals(k.type()) ? "consumer" : "producer"),
                    parameter + " is an option of the other side (" + label + "), not of the " + role);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void requiredComponentOptionsAreRequiredKameletProperties(String file) {
        Kamelet k = kamelets.get(file);
        JsonNode endpoint = k.componentEndpoints().get(0);
        component.get("properties").fields().forEachRemaining(option -> {
            if (option.getValue().path("required").asBoolean() && !"path".equals(option.getValue().path("kind").asText())) {
                Matcher matcher = PLACEHOLDER.matcher(endpoint.path("parameters").path(option.getKey()).asText());
                assertTrue(matcher.matches(), option.getKey() + " is set");
                assertTrue(k.required().contains(matcher.group(1)), matcher.group(1) + " is required");
            }
        });
        Matcher path = PLACEHOLDER.matcher(endpoint.get("uri").asText().substring("bandwidth-sms:".length()));
        assertTrue(path.matches() && k.required().contains(path.group(1)), "the path property is required");
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void defaultsAgreeWithTheComponent(String file) {
        Kamelet k = kamelets.get(file);
        JsonNode endpoint = k.componentEndpoints().get(0);
        endpoint.path("parameters").fields().forEachRemaining(parameter -> {
            Matcher matcher = PLACEHOLDER.matcher(parameter.getValue().asText());
            JsonNode option = component.at("/properties/" + parameter.getKey());
            if (matcher.matches() && k.property(matcher.group(1)).has("default") && option.has("defaultValue")) {
                assertEquals(option.get("defaultValue").asText(), k.property(matcher.group(1)).get("default").asText(),
                        parameter.getKey());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void accountIdIsPatterned(String file) {
        Pattern pattern = Pattern.compile(kamelets.get(file).property("accountId").get("pattern").asText());
        assertTrue(pattern.matcher("9900000").matches());
        for (String bad : List.of("99-00", "9900000/x", "99000001234", "{{x}}")) {
            assertFalse(pattern.matcher(bad).matches(), bad);
        }
    }

    // ---- sink only -------------------------------------------------------------------------------------------

    @Nested
    class Sink {

        private final Kamelet sink = kamelets.get(SINK);

        @Test
        void startsAtKameletSource() {
            assertEquals("kamelet:source", sink.template().at("/from/uri").asText());
        }

        @Test
        void theComponentsHeadersAreRemovedBeforeAnythingElse() {
            JsonNode first = sink.template().at("/from/steps/0");
            String pattern = first.at("/removeHeaders/pattern").asText();
            assertFalse(pattern.isEmpty(), "the first step removes headers");
            String regex = pattern.replace("*", ".*");
            component.get("headers").fieldNames().forEachRemaining(header -> assertTrue(header.matches(regex),
                    header + " survives " + pattern));
        }

        @Test
        void onlyTheAllowedBranchChoosesTheRecipient() {
            int recipientSetters = 0;
            for (JsonNode choice : sink.template().findValues("choice")) {
                for (JsonNode when : choice.path("when")) {
                    for (JsonNode step : when.path("steps")) {
                        if (BandwidthSmsConstants.TO.equals(step.at("/setHeader/name").asText())) {
                            recipientSetters++;
                            assertTrue(when.get("simple").asText()
                                    .startsWith("'{{allowRecipientHeaders}}' == 'true' && "),
                                    "guarded by allowRecipientHeaders: " + when.get("simple"));
                        }
                    }
                }
            }
            assertEquals(2, recipientSetters, "to and ce-to");
            assertFalse(sink.property("allowRecipientHeaders").get("default").asBoolean(), "off unless asked for");
            // the other component headers are never set from the message
            for (JsonNode setHeader : sink.template().findValues("setHeader")) {
                String name = setHeader.get("name").asText();
                assertTrue(Set.of(BandwidthSmsConstants.TO, BandwidthSmsConstants.TAG).contains(name), name);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = { "from", "to" })
        void phoneNumbersArePatterned(String name) {
            Pattern pattern = Pattern.compile(sink.property(name).get("pattern").asText());
            for (String good : List.of("+15551113333", "+441632960961", "+12")) {
                assertTrue(pattern.matcher(good).matches(), name + " accepts " + good);
            }
            for (String bad : List.of("15551113333", "+05551113333", "+1555111333x", "+1555 1113333",
                    "+1234567890123456", "+15551113333\n+15554443333", "+15551113333;", "{{x}}", "")) {
                assertFalse(pattern.matcher(bad).matches(), name + " rejects " + bad);
            }
        }

        @Test
        void aGroupOfRecipientsIsAtMostTen() {
            Pattern to = Pattern.compile(sink.property("to").get("pattern").asText());
            assertTrue(to.matcher("+15554443333,+15552223333, +15551110000").matches());
            assertTrue(to.matcher(String.join(",", java.util.Collections.nCopies(10, "+15554443333"))).matches());
            assertFalse(to.matcher(String.join(",", java.util.Collections.nCopies(11, "+15554443333"))).matches());
        }

        @Test
        void theTagIsOneLine() {
            assertFalse(Pattern.compile(sink.property("tag").get("pattern").asText()).matcher("a\nb").matches());
        }

        @Test
        void enumeratedPropertiesOfferTheComponentsValues() {
            Set<String> kameletValues = new TreeSet<>();
            sink.property("priority").get("enum").forEach(v -> kameletValues.add(v.asText()));
            Set<String> componentValues = new TreeSet<>();
            component.at("/properties/priority/enum").forEach(v -> componentValues.add(v.asText()));
            assertEquals(componentValues, kameletValues);
        }
    }

    // ---- source only -----------------------------------------------------------------------------------------

    @Nested
    class Source {

        private final Kamelet source = kamelets.get(SOURCE);

        /** The steps that every event passes through, in order, flattened through the filter. */
        private List<JsonNode> steps() {
            List<JsonNode> steps = new ArrayList<>();
            for (JsonNode step : source.template().at("/from/steps")) {
                steps.add(step);
                step.path("filter").path("steps").forEach(steps::add);
            }
            return steps;
        }

        @Test
        void receivesFromTheComponentAndEndsAtKameletSink() {
            assertTrue(source.template().at("/from/uri").asText().startsWith("bandwidth-sms:"));
            List<JsonNode> steps = steps();
            assertEquals("kamelet:sink", steps.get(steps.size() - 1).at("/to/uri").asText(), "the last step");
            List<JsonNode> sinks = Kamelets.toSteps(source.template());
            assertEquals(1, sinks.size(), "no other endpoint than kamelet:sink");
            assertEquals("kamelet:sink", sinks.get(0).get("uri").asText());
        }

        @Test
        void theCallbackCredentialsAreRequired() {
            // without them the consumer accepts every request: a Kamelet user cannot forget them
            assertTrue(source.required().containsAll(Set.of("callbackUsername", "callbackPassword")));
            JsonNode parameters = source.template().at("/from/parameters");
            assertEquals("{{callbackUsername}}", parameters.get("callbackUsername").asText());
            assertEquals("{{callbackPassword}}", parameters.get("callbackPassword").asText());
        }

        @Test
        void noComponentHeaderReachesTheSink() {
            List<JsonNode> steps = steps();
            int removal = -1;
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).has("removeHeaders")) {
                    removal = i;
                }
            }
            assertTrue(removal >= 0, "the component's headers are removed");
            String pattern = steps.get(removal).at("/removeHeaders/pattern").asText();
            String regex = pattern.replace("*", ".*");
            component.get("headers").fieldNames().forEachRemaining(header -> assertTrue(header.matches(regex),
                    header + " survives " + pattern));
            for (JsonNode setHeader : source.template().findValues("setHeader")) {
                assertTrue(setHeader.get("name").asText().startsWith("ce-"), "only ce-* headers: " + setHeader);
            }
            for (int i = removal + 1; i < steps.size(); i++) {
                assertFalse(steps.get(i).has("setHeader") || steps.get(i).has("choice"), "nothing set after removal");
            }
        }

        @Test
        void theSinkGetsJson() {
            assertEquals("application/json", source.kamelet().at("/spec/types/out/mediaType").asText());
            List<JsonNode> steps = steps();
            assertEquals("Jackson", steps.get(steps.size() - 2).at("/marshal/json/library").asText());
            assertTrue(source.kamelet().at("/spec/dependencies").toString().contains("\"camel:jackson\""));
        }

        @Test
        void theEventTypeFilterComparesOnlyThePatternCheckedProperty() {
            JsonNode filter = source.template().at("/from/steps/0/filter");
            assertEquals("'{{eventTypes}}' == 'all' || ${header.CamelBandwidthEventType} in '{{eventTypes}}'",
                    filter.get("simple").asText());
            Pattern pattern = Pattern.compile(source.property("eventTypes").get("pattern").asText());
            for (String good : List.of("all", "message-received", "message-delivered,message-failed",
                    "message-received,message-sending,message-sent,message-delivered,message-failed,message-read")) {
                assertTrue(pattern.matcher(good).matches(), good);
            }
            for (String bad : List.of("message-delivered, message-failed", "message-delivered,", ",message-failed",
                    "message-delivered' || true || 'x", "${body}", "message_failed", "ALL")) {
                assertFalse(pattern.matcher(bad).matches(), bad);
            }
        }

        @Test
        void theWebhookPathIsAPlainPath() {
            Pattern pattern = Pattern.compile(source.property("webhookPath").get("pattern").asText());
            for (String good : List.of("/bandwidth/callbacks", "/hooks", "/a/b-c/d_e.f")) {
                assertTrue(pattern.matcher(good).matches(), good);
            }
            for (String bad : List.of("bandwidth", "/", "//x", "/x/", "/x?y=1", "/x#y", "/{id}", "/x/../y z", "/*")) {
                assertFalse(pattern.matcher(bad).matches(), bad);
            }
        }
    }
}
