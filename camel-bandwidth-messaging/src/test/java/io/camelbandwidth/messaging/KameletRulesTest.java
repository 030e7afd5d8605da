package io.camelbandwidth.messaging;

import java.nio.file.Files;
import java.nio.file.Path;
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
import com.fasterxml.jackson.databind.node.ObjectNode;
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

        /** The data types of the side the Kamelet exchanges messages with: a sink's input, a source's output. */
        JsonNode dataTypes() {
            return kamelet.at("/spec/dataTypes/" + ("sink".equals(type()) ? "in" : "out"));
        }

        /** The names of the headers a template's {@code setHeader} steps set, in template order. */
        List<String> headersSet() {
            List<String> names = new ArrayList<>();
            template().findValues("setHeader").forEach(h -> names.add(h.get("name").asText()));
            return names;
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
    void isInTheCatalogsNamespaceOfPersonToPersonMessaging(String file) {
        // the catalog files telegram-*, slack-* and twitter-directmessage-* under "Social"; its "Messaging" are brokers
        assertEquals("Social", kamelets.get(file).kamelet().at("/metadata/annotations")
                .path("camel.apache.org/kamelet.namespace").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void isAnObjectSchemaWithoutRepetitions(String file) {
        Kamelet k = kamelets.get(file);
        assertEquals("object", k.definition().path("type").asText());
        List<String> required = new ArrayList<>();
        k.definition().path("required").forEach(r -> required.add(r.asText()));
        assertEquals(new HashSet<>(required).size(), required.size(), "a required property listed twice");
        for (String name : k.propertyNames()) {
            List<String> descriptors = new ArrayList<>();
            k.property(name).path("x-descriptors").forEach(d -> descriptors.add(d.asText()));
            assertEquals(new HashSet<>(descriptors).size(), descriptors.size(), name + " repeats an x-descriptor");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void theSourceFileNamesTheBuildsVersionNeverALiteralOne(String file) throws Exception {
        // filled in by resource filtering: a release build names the release, never a SNAPSHOT of an earlier build
        Path source = Path.of(System.getProperty("basedir", "."), "src/main/resources/kamelets", file);
        JsonNode raw = Kamelets.YAML.readTree(Files.readString(source));
        List<String> own = new ArrayList<>();
        raw.at("/spec/dependencies").forEach(d -> {
            if (d.asText().startsWith("mvn:io.camelbandwidth:")) {
                own.add(d.asText());
            }
        });
        assertEquals(List.of("mvn:io.camelbandwidth:camel-bandwidth-messaging:@project.version@"), own);
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void declaresItsDataTypesAsTheCatalogDoes(String file) {
        Kamelet k = kamelets.get(file);
        assertTrue(k.kamelet().at("/spec/types").isMissingNode(), "the deprecated spec.types, not spec.dataTypes");
        JsonNode side = k.dataTypes();
        assertFalse(side.isMissingNode(), "spec.dataTypes." + ("sink".equals(k.type()) ? "in" : "out"));
        assertTrue(side.path("types").has(side.path("default").asText()), "the default is a declared type");
        side.path("types").fields().forEachRemaining(type -> {
            // a format names a data type transformer (Camel's TransformerResolver); KameletTemplateTest and
            // KameletSourceTemplateTest apply each one as the catalog's data-type-action does
            assertTrue(type.getValue().path("format").asText().matches("([a-z0-9-]+:)?[a-z0-9+-]+"), type.getKey());
            assertFalse(type.getValue().path("description").asText().isBlank(), type.getKey());
            assertFalse(type.getValue().path("mediaType").asText().isBlank(), type.getKey());
        });
        side.path("headers").fields().forEachRemaining(header -> {
            assertFalse(header.getValue().path("title").asText().isBlank(), header.getKey());
            assertFalse(header.getValue().path("description").asText().isBlank(), header.getKey());
            assertEquals("string", header.getValue().path("type").asText(), header.getKey());
        });
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

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void theComponentPageNamesEveryPropertyAndHeader(String file) throws Exception {
        Kamelet k = kamelets.get(file);
        String page = Files.readString(Path.of(System.getProperty("basedir", "."), "../docs/bandwidth-sms-component.adoc"));
        String name = k.kamelet().at("/metadata/name").asText();
        int start = page.indexOf("=== " + name + "\n");
        assertTrue(start >= 0, "a section " + name);
        int end = page.indexOf("\n=== ", start + 1);
        String section = page.substring(start, end < 0 ? page.length() : end);
        Set<String> names = new TreeSet<>(k.propertyNames());
        k.dataTypes().path("headers").fieldNames().forEachRemaining(names::add);
        for (String named : names) {
            assertTrue(section.contains("`" + named + "`"), name + " section names `" + named + "`");
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
        assertFalse(k.componentEndpoints().isEmpty(), "a bandwidth-sms endpoint");
        assertEquals("bandwidth-sms:accountId", component.at("/component/syntax").asText());
        String role = "sink".equals(k.type()) ? "producer" : "consumer";
        JsonNode options = component.get("properties");
        for (JsonNode endpoint : k.componentEndpoints()) {
            assertEquals("bandwidth-sms:{{accountId}}", endpoint.get("uri").asText(), "the path is the accountId");
            endpoint.get("parameters").fieldNames().forEachRemaining(parameter -> {
                JsonNode option = options.get(parameter);
                assertNotNull(option, parameter + " is not an option of bandwidth-sms");
                assertEquals("parameter", option.get("kind").asText(), parameter);
                String label = option.path("label").asText();
                assertFalse(label.contains("sink".equals(k.type()) ? "consumer" : "producer"),
                        parameter + " is an option of the other side (" + label + "), not of the " + role);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void requiredComponentOptionsAreRequiredKameletProperties(String file) {
        Kamelet k = kamelets.get(file);
        for (JsonNode endpoint : k.componentEndpoints()) {
            component.get("properties").fields().forEachRemaining(option -> {
                if (option.getValue().path("required").asBoolean()
                    && !"path".equals(option.getValue().path("kind").asText())) {
                    Matcher matcher = PLACEHOLDER.matcher(endpoint.path("parameters").path(option.getKey()).asText());
                    assertTrue(matcher.matches(), option.getKey() + " is set");
                    assertTrue(k.required().contains(matcher.group(1)), matcher.group(1) + " is required");
                }
            });
            Matcher path = PLACEHOLDER.matcher(endpoint.get("uri").asText().substring("bandwidth-sms:".length()));
            assertTrue(path.matches() && k.required().contains(path.group(1)), "the path property is required");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { SINK, SOURCE })
    void defaultsAgreeWithTheComponent(String file) {
        Kamelet k = kamelets.get(file);
        for (JsonNode endpoint : k.componentEndpoints()) {
            endpoint.path("parameters").fields().forEachRemaining(parameter -> {
                Matcher matcher = PLACEHOLDER.matcher(parameter.getValue().asText());
                JsonNode option = component.at("/properties/" + parameter.getKey());
                if (matcher.matches() && k.property(matcher.group(1)).has("default") && option.has("defaultValue")) {
                    assertEquals(option.get("defaultValue").asText(),
                            k.property(matcher.group(1)).get("default").asText(), parameter.getKey());
                }
            });
        }
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

        /** The branch of the template that runs with {@code allowRecipientHeaders=true}, and the one that runs without. */
        private JsonNode recipientBranch(boolean allowed) {
            JsonNode choice = sink.template().at("/from/steps").get(sink.template().at("/from/steps").size() - 1)
                    .get("choice");
            assertEquals(1, choice.get("when").size());
            assertEquals("'{{allowRecipientHeaders}}' == 'true'", choice.at("/when/0/simple").asText(),
                    "the last step chooses by allowRecipientHeaders alone");
            return allowed ? choice.at("/when/0") : choice.get("otherwise");
        }

        private static Set<String> overridableFields(JsonNode branch) {
            List<JsonNode> endpoints = Kamelets.toSteps(branch);
            assertEquals(1, endpoints.size(), "one endpoint per branch");
            return Set.of(endpoints.get(0).at("/parameters/overridableFields").asText().split(","));
        }

        @Test
        void onlyTheAllowedBranchChoosesTheRecipient() {
            assertFalse(sink.property("allowRecipientHeaders").get("default").asBoolean(), "off unless asked for");
            JsonNode allowed = recipientBranch(true);
            JsonNode refused = recipientBranch(false);
            assertEquals(2, allowed.findValues("setHeader").stream()
                    .filter(h -> BandwidthSmsConstants.TO.equals(h.get("name").asText())).count(), "to and ce-to");
            assertTrue(refused.findValues("setHeader").isEmpty(), "nothing set without allowRecipientHeaders");
            assertEquals(2, sink.headersSet().stream().filter(BandwidthSmsConstants.TO::equals).count(),
                    "the recipients are set nowhere else");
            // a message request body may set no more than the headers: the recipients only where they may
            assertEquals(Set.of("to", "tag", "media"), overridableFields(allowed));
            assertEquals(Set.of("tag", "media"), overridableFields(refused));
            // the other component headers are never set from the message
            assertEquals(Set.of(BandwidthSmsConstants.TO, BandwidthSmsConstants.TAG, BandwidthSmsConstants.MEDIA),
                    Set.copyOf(sink.headersSet()));
        }

        @Test
        void bothBranchesSendAlikeButForTheRecipients() {
            JsonNode allowed = Kamelets.toSteps(recipientBranch(true)).get(0).deepCopy();
            JsonNode refused = Kamelets.toSteps(recipientBranch(false)).get(0).deepCopy();
            ((ObjectNode) allowed.get("parameters")).remove("overridableFields");
            ((ObjectNode) refused.get("parameters")).remove("overridableFields");
            assertEquals(allowed, refused);
            assertEquals(2, sink.componentEndpoints().size(), "no other endpoint");
        }

        @Test
        void mediaHeadersAreReadAsTextNeverAsLocalContent() {
            int mediaSetters = 0;
            for (JsonNode setHeader : sink.template().findValues("setHeader")) {
                if (BandwidthSmsConstants.MEDIA.equals(setHeader.get("name").asText())) {
                    mediaSetters++;
                    assertEquals("java.lang.String", setHeader.at("/simple/resultType").asText(),
                            "a File, Path or byte[] header would be uploaded from this machine");
                }
            }
            assertEquals(2, mediaSetters, "media and ce-media");
        }

        @Test
        void theInputHeadersAreTheOnesTheTemplateReads() {
            Set<String> declared = new TreeSet<>();
            sink.dataTypes().path("headers").fieldNames().forEachRemaining(declared::add);
            Set<String> read = new TreeSet<>();
            Matcher header = Pattern.compile("\\$\\{header\\[([a-z-]+)]").matcher(sink.template().toString());
            while (header.find()) {
                read.add(header.group(1));
            }
            assertEquals(read, declared);
        }

        @Test
        void mediaAreHttpUrls() {
            Pattern media = Pattern.compile(sink.property("media").get("pattern").asText());
            for (String good : List.of("https://example.com/a.png", "http://example.com/a.png, https://cdn.example/b.jpg",
                    String.join(",", Collections.nCopies(10, "https://example.com/a.png")))) {
                assertTrue(media.matcher(good).matches(), good);
            }
            for (String bad : List.of("file:///etc/passwd", "/tmp/a.png", "https://example.com/a b.png",
                    "https://{{env:SECRET}}", String.join(",", Collections.nCopies(11, "https://example.com/a.png")))) {
                assertFalse(media.matcher(bad).matches(), bad);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = { "uriEndpointOverride", "oauthTokenUriOverride" })
        void endpointOverridesArePlainUrisOfTheirOption(String name) {
            Pattern uri = Pattern.compile(sink.property(name).get("pattern").asText());
            for (String good : List.of("http://127.0.0.1:8080/api/v2", "https://mock.example.com",
                    "http://localhost:4010/api/v1/oauth2/token")) {
                assertTrue(uri.matcher(good).matches(), good);
            }
            for (String bad : List.of("ftp://mock.example.com", "http://mock.example.com/x?y=1", "http://a/b#c",
                    "http://{{env:SECRET}}", "http://user:pw@mock.example.com", "127.0.0.1:8080")) {
                assertFalse(uri.matcher(bad).matches(), bad);
            }
            String option = "uriEndpointOverride".equals(name) ? "baseUri" : "oauthTokenUri";
            for (JsonNode endpoint : sink.componentEndpoints()) {
                assertEquals("{{?" + name + "}}", endpoint.at("/parameters/" + option).asText(),
                        "unset: the component's default");
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
            assertTrue(to.matcher(String.join(",", Collections.nCopies(10, "+15554443333"))).matches());
            assertFalse(to.matcher(String.join(",", Collections.nCopies(11, "+15554443333"))).matches());
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
            for (String name : source.headersSet()) {
                assertTrue(name.startsWith("CamelCloudEvent") || name.startsWith("ce-"), "only CloudEvents: " + name);
            }
            for (int i = removal + 1; i < steps.size(); i++) {
                assertFalse(steps.get(i).has("setHeader") || steps.get(i).has("choice"), "nothing set after removal");
            }
        }

        @Test
        void theSinkGetsJson() {
            JsonNode out = source.dataTypes();
            assertEquals("application/json", out.at("/types/" + out.get("default").asText() + "/mediaType").asText());
            List<JsonNode> steps = steps();
            assertEquals("Jackson", steps.get(steps.size() - 3).at("/marshal/json/library").asText());
            assertEquals("java.lang.String", steps.get(steps.size() - 2).at("/convertBodyTo/type").asText(),
                    "JSON text, which the application-json data type passes through");
            assertTrue(source.kamelet().at("/spec/dependencies").toString().contains("\"camel:jackson\""));
        }

        @Test
        void everyEventCarriesTheCatalogsCloudEventHeaders() {
            // the headers the catalog's cloudevents data types set (e.g. aws2-sqs:application-cloudevents)
            List<String> cloudEvent = List.of("CamelCloudEventID", "CamelCloudEventType", "CamelCloudEventSource",
                    "CamelCloudEventSubject", "CamelCloudEventTime");
            List<String> set = source.headersSet();
            assertTrue(set.containsAll(cloudEvent), set.toString());
            Set<String> declared = new TreeSet<>();
            source.dataTypes().path("headers").fieldNames().forEachRemaining(declared::add);
            assertEquals(new TreeSet<>(set), declared, "the output headers are declared");
            // a reverse-DNS type of this project (io.camelbandwidth), as org.apache.camel.event.aws.sqs.receiveMessage
            JsonNode type = source.template().findParents("setHeader").stream().map(p -> p.get("setHeader"))
                    .filter(h -> "CamelCloudEventType".equals(h.get("name").asText())).findFirst().orElseThrow();
            assertEquals("io.camelbandwidth.event.bandwidth.sms.${header.CamelBandwidthEventType}",
                    type.get("simple").asText());
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
