package io.camelbandwidth.messaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The documents name the version this build releases (its version without {@code -SNAPSHOT}), so that the version
 * users copy is the one on Maven Central; the Kamelets name the build's own version through resource filtering
 * ({@code KameletRulesTest} checks them). Bumping the version is then the one command of CHANGELOG.md, "Releasing".
 */
class ReleaseVersionTest {

    /** A dependency on one of this project's artifacts: Maven XML, or a Maven coordinate. */
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<artifactId>(?:camel-bandwidth-messaging[a-z-]*|bandwidth-messaging-simulator)</artifactId>\\s*"
            + "<version>([^<]+)</version>"
            + "|io\\.camelbandwidth:(?:camel-bandwidth-messaging[a-z-]*|bandwidth-messaging-simulator):([^\\s`\"')]+)");

    @ParameterizedTest
    @ValueSource(strings = { "README.md", "docs/bandwidth-sms-component.adoc", "docs/callbacks.md",
                             "bandwidth-messaging-simulator/README.md", "examples/yaml/README.md",
                             "examples/spring-boot/README.md" })
    void documentsNameTheReleasedVersion(String document) throws Exception {
        Path file = Path.of(System.getProperty("basedir", "."), "..", document).normalize();
        String releaseVersion = buildVersion().replace("-SNAPSHOT", "");
        for (String version : versionsNamedIn(file)) {
            if (!version.startsWith("<")) { // <version> placeholders are fine
                assertEquals(releaseVersion, version, document);
            }
        }
    }

    private static List<String> versionsNamedIn(Path file) throws IOException {
        List<String> versions = new ArrayList<>();
        Matcher matcher = DEPENDENCY.matcher(Files.readString(file));
        while (matcher.find()) {
            versions.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return versions;
    }

    /** The version of this build, as the generated component JSON records it. */
    private static String buildVersion() throws Exception {
        String version = Kamelets.componentJson().path("component").path("version").asText();
        assertFalse(version.isBlank());
        return version;
    }
}
