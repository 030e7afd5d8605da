package io.camelbandwidth.examples.springboot;

import java.util.HashMap;
import java.util.Map;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import io.camelbandwidth.simulator.BandwidthSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application whose {@code bandwidth-sms} component is configured only by {@code application.properties}
 * (through the starter). At start-up it notifies {@code sms.notify} (BANDWIDTH_TO) that it started, then exits:
 * {@code ./mvnw -B -q -DskipTests package exec:java -pl examples/spring-boot -am}.
 * <p>
 * Without {@code BANDWIDTH_*} variables, {@link #main} starts the Bandwidth simulator and supplies the variables'
 * values (and the simulator's URIs) as Spring Boot default properties; the application itself does not know.
 */
@SpringBootApplication
public class SmsApplication {

    private static final Logger LOG = LoggerFactory.getLogger(SmsApplication.class);

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SmsApplication.class);
        BandwidthSimulator simulator = null;
        if (ExampleBandwidth.REQUIRED.stream().allMatch(name -> System.getenv(name) == null)) {
            simulator = ExampleBandwidth.simulatorBuilder()
                    .build().start();
            application.setDefaultProperties(simulatedEnvironment(simulator));
            System.out.println("No BANDWIDTH_* variables set: sending to the embedded Bandwidth simulator at "
                               + simulator.baseUri());
        }
        try {
            application.run(args).close();
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    /** What the {@code BANDWIDTH_*} variables would say, for the simulator. */
    static Map<String, Object> simulatedEnvironment(BandwidthSimulator simulator) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("BANDWIDTH_ACCOUNT_ID", ExampleBandwidth.SIMULATED_ACCOUNT_ID);
        properties.put("BANDWIDTH_APPLICATION_ID", ExampleBandwidth.SIMULATED_APPLICATION_ID);
        properties.put("BANDWIDTH_CLIENT_ID", ExampleBandwidth.SIMULATED_CLIENT_ID);
        properties.put("BANDWIDTH_CLIENT_SECRET", ExampleBandwidth.SIMULATED_CLIENT_SECRET);
        properties.put("BANDWIDTH_FROM", ExampleBandwidth.SIMULATED_FROM);
        properties.put("BANDWIDTH_TO", ExampleBandwidth.SIMULATED_TO);
        properties.put("camel.component.bandwidth-sms.base-uri", simulator.baseUri());
        properties.put("camel.component.bandwidth-sms.oauth-token-uri", simulator.tokenUri());
        return properties;
    }

    @Bean
    ApplicationRunner notifyStarted(SmsService sms, @Value("${sms.notify:}") String recipients) {
        return args -> {
            if (recipients.isBlank()) {
                LOG.info("sms.notify (BANDWIDTH_TO) is empty: no start-up notification");
                return;
            }
            String id = sms.send(recipients, "spring-boot-sms started");
            System.out.println("Start-up notification sent as message " + id);
        };
    }
}
