package io.camelbandwidth.messaging.springboot;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starter's properties (the metadata IDEs complete from) are exactly the component options of the component JSON,
 * with the same defaults: when the component gains or loses an option, this fails until the starter follows.
 */
class StarterMetadataDriftTest {

    private static final String PREFIX = BandwidthSmsComponentConfiguration.PREFIX + ".";
    /** What every Camel starter adds on top of the component options. */
    private static final Set<String> STARTER_ONLY = Set.of("enabled", "customizer.enabled");

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = StarterMetadataDriftTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " on the class path");
            return new ObjectMapper().readTree(in);
        }
    }

    private static Map<String, JsonNode> starterProperties() throws Exception {
        Map<String, JsonNode> properties = new TreeMap<>();
        for (JsonNode property : read("/META-INF/spring-configuration-metadata.json").get("properties")) {
            String name = property.get("name").asText();
            if (name.startsWith(PREFIX) && !STARTER_ONLY.contains(name.substring(PREFIX.length()))) {
                properties.put(name.substring(PREFIX.length()), property);
            }
        }
        return properties;
    }

    private static Map<String, JsonNode> componentOptions() throws Exception {
        Map<String, JsonNode> options = new TreeMap<>();
        JsonNode json = read("/META-INF/io/camelbandwidth/messaging/bandwidth-sms.json").get("componentProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            options.put(kebab(option.getKey()), option.getValue());
        }
        return options;
    }

    static String kebab(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    @Test
    void everyComponentOptionIsAStarterPropertyAndNothingElse() throws Exception {
        Set<String> starter = new TreeSet<>(starterProperties().keySet());
        Set<String> component = new TreeSet<>(componentOptions().keySet());
        assertEquals(component, starter, "camel.component.bandwidth-sms.* must match componentProperties of"
                                         + " bandwidth-sms.json: add or remove the field in"
                                         + " BandwidthSmsComponentConfiguration");
        assertTrue(starter.contains("client-secret"), "sanity: the metadata was generated");
    }

    @Test
    void starterOnlyPropertiesExist() throws Exception {
        Set<String> names = new TreeSet<>();
        read("/META-INF/spring-configuration-metadata.json").get("properties")
                .forEach(p -> names.add(p.get("name").asText()));
        assertTrue(names.contains(PREFIX + "enabled"), names.toString());
        assertTrue(names.contains(PREFIX + "customizer.enabled"), names.toString());
    }

    @Test
    void everyPropertyHasItsJavadocAsDescription() throws Exception {
        for (Map.Entry<String, JsonNode> property : starterProperties().entrySet()) {
            String description = property.getValue().path("description").asText();
            assertTrue(description.length() > 15, property.getKey() + " has no real description: " + description);
        }
    }

    @Test
    void defaultsShownToIdesAreTheComponentDefaults() throws Exception {
        Map<String, JsonNode> starter = starterProperties();
        for (Map.Entry<String, JsonNode> option : componentOptions().entrySet()) {
            JsonNode componentDefault = option.getValue().get("defaultValue");
            JsonNode starterDefault = starter.get(option.getKey()).get("defaultValue");
            if (componentDefault == null) {
                assertEquals(null, starterDefault, option.getKey() + " has no default in the component");
                continue;
            }
            assertNotNull(starterDefault, option.getKey() + " needs defaultValue " + componentDefault
                                          + " in additional-spring-configuration-metadata.json");
            String expected = componentDefault.asText();
            if ("duration".equals(option.getValue().path("type").asText())) {
                expected = expected + "ms";
            }
            assertEquals(expected, starterDefault.asText(), option.getKey() + " default");
        }
    }

    @Test
    void secretsAreNotGivenDefaultsOrExamples() throws Exception {
        Map<String, JsonNode> starter = starterProperties();
        for (Map.Entry<String, JsonNode> option : componentOptions().entrySet()) {
            if (option.getValue().path("secret").asBoolean()) {
                assertFalse(starter.get(option.getKey()).has("defaultValue"), option.getKey());
                assertTrue(starter.get(option.getKey()).path("description").asText().contains("secret"),
                        option.getKey() + " says it is a secret");
            }
        }
    }
}
