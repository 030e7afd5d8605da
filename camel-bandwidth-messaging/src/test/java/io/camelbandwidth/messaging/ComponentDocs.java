package io.camelbandwidth.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Renders the generated tables of {@code docs/bandwidth-sms-component.adoc} from the component JSON, between marker
 * comments {@code // <section>: START} and {@code // <section>: END}: the component options, the endpoint options, the
 * headers, and the Spring Boot properties. {@link ComponentDocsTest} fails when the page differs from what this
 * renders, and rewrites it with {@code -Ddocs.update=true}.
 */
final class ComponentDocs {

    static final String JSON = "/META-INF/io/camelbandwidth/messaging/bandwidth-sms.json";
    private static final Pattern SECTION = Pattern.compile("(?s)(// ([a-z-]+): START\\n).*?(// \\2: END)");

    private ComponentDocs() {
    }

    static JsonNode componentJson() throws IOException {
        try (InputStream in = ComponentDocs.class.getResourceAsStream(JSON)) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The generated sections, by marker name. */
    static Map<String, String> sections(JsonNode json) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("component-options", optionsTable(json.get("componentProperties"),
                "The component supports " + json.get("componentProperties").size() + " options, which are listed below."));
        sections.put("endpoint-options", endpointOptions(json.get("properties")));
        sections.put("component-headers", headersTable(json.get("headers")));
        sections.put("spring-boot-options", springBootTable(json.get("componentProperties")));
        return sections;
    }

    /** The page with every generated section replaced; fails on a missing marker. */
    static String render(String page, JsonNode json) {
        Map<String, String> sections = sections(json);
        for (String name : sections.keySet()) {
            if (!page.contains("// " + name + ": START\n") || !page.contains("// " + name + ": END")) {
                throw new IllegalStateException("docs page lacks the markers of section " + name);
            }
        }
        Matcher matcher = SECTION.matcher(page);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String body = sections.get(matcher.group(2));
            String replacement = body == null ? matcher.group() : matcher.group(1) + body + matcher.group(3);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<Map.Entry<String, JsonNode>> byIndex(JsonNode options) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            list.add(it.next());
        }
        list.sort(Comparator.comparingInt(e -> e.getValue().path("index").asInt()));
        return list;
    }

    private static String endpointOptions(JsonNode properties) {
        List<Map.Entry<String, JsonNode>> path = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> query = new ArrayList<>();
        for (Map.Entry<String, JsonNode> option : byIndex(properties)) {
            ("path".equals(option.getValue().path("kind").asText()) ? path : query).add(option);
        }
        StringBuilder out = new StringBuilder();
        out.append("The endpoint is configured using URI syntax `bandwidth-sms:accountId` with these path and query"
                   + " parameters.\n\n");
        out.append("==== Path Parameters (").append(path.size()).append(")\n\n");
        out.append(table(path));
        out.append("\n==== Query Parameters (").append(query.size()).append(")\n\n");
        out.append(table(query));
        return out.toString();
    }

    private static String optionsTable(JsonNode options, String intro) {
        return intro + "\n\n" + table(byIndex(options));
    }

    private static String table(List<Map.Entry<String, JsonNode>> options) {
        StringBuilder out = new StringBuilder();
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> option : options) {
            JsonNode o = option.getValue();
            String label = o.path("group").asText();
            out.append("| *").append(option.getKey()).append("* (").append(label).append(")")
                    .append(o.path("required").asBoolean() ? " *required*" : "")
                    .append(o.path("secret").asBoolean() ? " *secret*" : "")
                    .append(" | ").append(cell(o.path("description").asText()))
                    .append(enumValues(o))
                    .append(" | ").append(cell(defaultValue(o)))
                    .append(" | ").append(cell(type(o))).append('\n');
        }
        return out.append("|===\n").toString();
    }

    private static String headersTable(JsonNode headers) {
        StringBuilder out = new StringBuilder();
        out.append("The component supports ").append(headers.size()).append(" message headers, which are listed below.\n\n");
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> header : byIndex(headers)) {
            JsonNode h = header.getValue();
            out.append("| *").append(header.getKey()).append("* (").append(h.path("group").asText()).append(")\n")
                    .append("Constant: `").append(h.path("constantName").asText().replace('#', '.')).append("`")
                    .append(" | ").append(cell(h.path("description").asText())).append(enumValues(h))
                    .append(" | ").append(cell(defaultValue(h)))
                    .append(" | ").append(cell(h.path("javaType").asText())).append('\n');
        }
        return out.append("|===\n").toString();
    }

    private static String springBootTable(JsonNode options) {
        StringBuilder out = new StringBuilder();
        out.append("With `camel-bandwidth-messaging-starter`, every component option is a Spring Boot property"
                   + " (").append(options.size() + 1).append(" with `enabled`):\n\n");
        out.append("[width=\"100%\",cols=\"3,^1,2\",options=\"header\"]\n|===\n| Property | Default | Type\n");
        out.append("| camel.component.bandwidth-sms.enabled | true | Boolean\n");
        for (Map.Entry<String, JsonNode> option : byIndex(options)) {
            JsonNode o = option.getValue();
            String type = "duration".equals(o.path("type").asText()) ? "Duration" : type(o);
            String dflt = defaultValue(o);
            if ("duration".equals(o.path("type").asText()) && !dflt.isEmpty()) {
                dflt = dflt + "ms";
            }
            out.append("| camel.component.bandwidth-sms.").append(kebab(option.getKey()))
                    .append(" | ").append(cell(dflt)).append(" | ").append(cell(type)).append('\n');
        }
        return out.append("|===\n").toString();
    }

    static String kebab(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static String enumValues(JsonNode option) {
        if (!option.has("enum")) {
            return "";
        }
        List<String> values = new ArrayList<>();
        option.get("enum").forEach(v -> values.add(v.asText()));
        return " Enum values: " + String.join(", ", values.stream().map(v -> "`" + v + "`").toList()) + ".";
    }

    private static String defaultValue(JsonNode option) {
        return option.has("defaultValue") ? option.get("defaultValue").asText() : "";
    }

    private static String type(JsonNode option) {
        String javaType = option.path("javaType").asText();
        return javaType.startsWith("java.lang.") ? javaType.substring("java.lang.".length()) : javaType;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
