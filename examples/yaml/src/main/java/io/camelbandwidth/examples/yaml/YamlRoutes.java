package io.camelbandwidth.examples.yaml;

import java.nio.file.Path;
import java.util.Properties;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs the YAML routes ({@code src/main/resources/routes/*.camel.yaml}) on Camel Main until Ctrl-C:
 * {@code ./mvnw -B -q -DskipTests package exec:java -pl examples/yaml -am}. The only Java is this launcher and the HTTP
 * server's configuration; with Camel JBang the YAML files run as they are.
 */
public final class YamlRoutes {

    private YamlRoutes() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/sms").toAbsolutePath().normalize();
        try (ExampleBandwidth bandwidth = ExampleBandwidth.fromEnvironment(System.getenv())) {
            Main main = create(bandwidth, folder);
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterStart(BaseMainSupport started) {
                    String to = bandwidth.sampleRecipient();
                    String url = "http://" + started.getCamelContext().resolvePropertyPlaceholders("{{rest.host}}:{{rest.port}}")
                                 + "/sms";
                    System.out.println(bandwidth.describe());
                    System.out.println("YAML routes running (Ctrl-C to stop). Try:");
                    System.out.println("  printf '" + to + "\\nHello from YAML\\n' > " + folder.resolve("hello.txt"));
                    System.out.println("  curl -i -H 'Content-Type: application/json' -d '{\"to\":[\"" + to
                                       + "\"],\"text\":\"Hello from YAML\"}' " + url);
                }
            });
            main.run();
        }
    }

    /** Camel Main with the YAML routes, watching {@code folder} and sending through {@code bandwidth}. */
    public static Main create(ExampleBandwidth bandwidth, Path folder) {
        Main main = new Main();
        main.configure().addConfiguration(HttpServerConfiguration.class);
        Properties overrides = bandwidth.camelProperties();
        overrides.setProperty("sms.folder", folder.toString());
        main.setOverrideProperties(overrides);
        return main;
    }
}
