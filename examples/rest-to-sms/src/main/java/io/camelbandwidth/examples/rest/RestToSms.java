package io.camelbandwidth.examples.rest;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs the REST-to-SMS service on Camel Main until Ctrl-C: {@code ./mvnw -B -q -DskipTests package exec:java -pl
 * examples/rest-to-sms -am} (port 8080; {@code -Dexec.args=9090} for another).
 */
public final class RestToSms {

    private RestToSms() {
    }

    public static void main(String[] args) throws Exception {
        try (ExampleBandwidth bandwidth = ExampleBandwidth.fromEnvironment(System.getenv())) {
            Main main = create(bandwidth);
            if (args.length > 0) {
                main.addOverrideProperty("rest.port", args[0]);
            }
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterStart(BaseMainSupport started) {
                    String url = "http://" + started.getCamelContext().resolvePropertyPlaceholders("{{rest.host}}:{{rest.port}}")
                                 + "/sms";
                    System.out.println(bandwidth.describe());
                    System.out.println("POST " + url + " (Ctrl-C to stop). Try:");
                    System.out.println("  curl -i -H 'Content-Type: application/json' -d '{\"to\":[\""
                                       + bandwidth.sampleRecipient() + "\"],\"text\":\"Hello from REST\"}' " + url);
                    System.out.println("  curl -i -H 'Content-Type: application/json' -d '{\"text\":\"no recipient\"}' "
                                       + url + "    # 400");
                }
            });
            main.run();
        }
    }

    /** The example's Camel Main, sending through {@code bandwidth}. */
    public static Main create(ExampleBandwidth bandwidth) {
        Main main = new Main();
        main.configure().addConfiguration(HttpServerConfiguration.class);
        main.configure().addRoutesBuilder(new RestToSmsRoutes());
        main.setOverrideProperties(bandwidth.camelProperties());
        return main;
    }
}
