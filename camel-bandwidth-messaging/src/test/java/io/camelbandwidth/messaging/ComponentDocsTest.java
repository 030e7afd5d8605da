package io.camelbandwidth.messaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs/bandwidth-sms-component.adoc} shows the options and headers of the built component: its generated
 * tables must be exactly what {@link ComponentDocs} renders from the component JSON.
 */
class ComponentDocsTest {

    static final String REGENERATE = "mvn -B -q verify -pl camel-bandwidth-messaging -am -Ddocs.update=true"
                                     + " -Dtest=ComponentDocsTest -Dsurefire.failIfNoSpecifiedTests=false";

    static Path page;
    static JsonNode json;

    @BeforeAll
    static void read() throws Exception {
        page = Path.of(System.getProperty("basedir", ".")).resolve("../docs/bandwidth-sms-component.adoc").normalize();
        json = ComponentDocs.componentJson();
    }

    @Test
    void generatedTablesMatchTheComponentJson() throws Exception {
        String current = Files.readString(page, StandardCharsets.UTF_8);
        String rendered = ComponentDocs.render(current, json);
        if (Boolean.getBoolean("docs.update") && !rendered.equals(current)) {
            Files.writeString(page, rendered, StandardCharsets.UTF_8);
            current = rendered;
        }
        assertEquals(rendered, current, page + " is out of date with the component JSON; regenerate its tables with: "
                                        + REGENERATE);
    }

    @Test
    void everyOptionAndHeaderIsOnThePage() throws Exception {
        String current = Files.readString(page, StandardCharsets.UTF_8);
        json.get("properties").fieldNames().forEachRemaining(
                name -> assertTrue(current.contains("| *" + name + "* ("), name + " missing from the page"));
        json.get("headers").fieldNames().forEachRemaining(
                name -> assertTrue(current.contains("| *" + name + "* ("), name + " missing from the page"));
    }

    @Test
    void theHeaderAttributesMatchTheComponent() throws Exception {
        String current = Files.readString(page, StandardCharsets.UTF_8);
        JsonNode component = json.get("component");
        assertEquals(component.get("scheme").asText(), attribute(current, "shortname"));
        assertEquals(component.get("artifactId").asText(), attribute(current, "artifactid"));
        assertEquals(component.get("firstVersion").asText(), attribute(current, "since"));
        assertEquals(component.get("supportLevel").asText(), attribute(current, "supportlevel"));
        assertEquals(component.get("description").asText(), attribute(current, "description"));
        boolean producerOnly = component.get("producerOnly").asBoolean();
        boolean consumerOnly = component.get("consumerOnly").asBoolean();
        assertEquals(producerOnly ? "Only producer is supported"
                : consumerOnly ? "Only consumer is supported" : "Both producer and consumer are supported",
                attribute(current, "component-header"), "the page says which sides the component has");
    }

    @Test
    void theRendererReplacesOnlyBetweenMarkers() {
        String page = "before\n// component-options: START\nold\n// component-options: END\nmiddle\n"
                      + "// endpoint-options: START\n// endpoint-options: END\n"
                      + "// component-headers: START\n// component-headers: END\n"
                      + "// spring-boot-options: START\n// spring-boot-options: END\nafter\n";
        String rendered = ComponentDocs.render(page, json);
        assertTrue(rendered.startsWith("before\n// component-options: START\nThe component supports"));
        assertTrue(rendered.contains("// component-options: END\nmiddle\n"));
        assertTrue(rendered.endsWith("// spring-boot-options: END\nafter\n"));
        assertTrue(!rendered.contains("\nold\n"));
    }

    private static String attribute(String page, String name) {
        Matcher matcher = Pattern.compile("(?m)^:" + name + ": (.*)$").matcher(page);
        assertTrue(matcher.find(), ":" + name + ": missing");
        return matcher.group(1).strip();
    }
}
