package io.camelbandwidth.messaging.metrics;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The metrics sections of the docs name exactly the meters the component registers, and every failure kind.
 */
class MeterDocsTest {

    private static final Pattern METER = Pattern.compile("`(bandwidth\\.[a-z][a-z.]*[a-z])`");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "docs/operations.md, ## Metrics, ## Service location",
            "docs/bandwidth-sms-component.adoc, === Metrics and JMX, == Spring Boot" })
    void theDocsNameEveryMeterAndFailureKind(String file, String start, String end) throws IOException {
        String page = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("..").resolve(file));
        int from = page.indexOf("\n" + start + "\n");
        int to = page.indexOf("\n" + end + "\n", from);
        assertTrue(from >= 0 && to > from, "the section " + start);
        String section = page.substring(from, to);

        Set<String> documented = new TreeSet<>();
        Matcher meter = METER.matcher(section);
        while (meter.find()) {
            documented.add(meter.group(1));
        }
        assertEquals(registered(), documented);
        for (FailureKind kind : FailureKind.values()) {
            assertTrue(section.contains("`" + kind.tag() + "`"), kind.tag());
        }
    }

    private static Set<String> registered() {
        Set<String> names = new TreeSet<>();
        for (Field field : MicrometerMetrics.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    field.setAccessible(true);
                    String value = (String) field.get(null);
                    if (value.startsWith("bandwidth.")) {
                        names.add(value);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertEquals(9, names.size(), names::toString);
        return names;
    }
}
