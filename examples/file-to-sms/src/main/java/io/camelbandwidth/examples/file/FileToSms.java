package io.camelbandwidth.examples.file;

import java.nio.file.Path;
import java.util.Properties;

import io.camelbandwidth.examples.support.ExampleBandwidth;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs the file-to-sms routes on Camel Main until Ctrl-C: {@code ./mvnw -B -q -DskipTests package exec:java -pl
 * examples/file-to-sms -am} (the folder is the first argument; by default {@code examples/file-to-sms/target/sms}).
 */
public final class FileToSms {

    private FileToSms() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/sms").toAbsolutePath().normalize();
        try (ExampleBandwidth bandwidth = ExampleBandwidth.fromEnvironment(System.getenv())) {
            Main main = create(bandwidth, folder);
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterStart(BaseMainSupport started) {
                    printInstructions(bandwidth, folder);
                }
            });
            main.run();
        }
    }

    private static void printInstructions(ExampleBandwidth bandwidth, Path folder) {
        String to = bandwidth.sampleRecipient();
        System.out.println(bandwidth.describe());
        System.out.println("Watching " + folder + " (Ctrl-C to stop). Try:");
        System.out.println("  printf '" + to + "\\nHello from a file\\n' > " + folder.resolve("hello.txt"));
        System.out.println("  echo '{\"to\":[\"" + to + "\"],\"text\":\"Hello\",\"tag\":\"order-42\"}' > "
                           + folder.resolve("order-42.json"));
        System.out.println("  printf '" + to + "\\n' > " + folder.resolve("no-text.txt") + "    # fails: no text");
        System.out.println("Sent files move to " + folder.resolve("done") + ", failures to " + folder.resolve("error")
                           + " beside a .reason.txt");
    }

    /** The example's Camel Main, sending through {@code bandwidth} and watching {@code folder}. */
    public static Main create(ExampleBandwidth bandwidth, Path folder) {
        Main main = new Main();
        main.configure().addRoutesBuilder(new FileToSmsRoutes());
        Properties overrides = bandwidth.camelProperties();
        overrides.setProperty("sms.folder", folder.toString());
        main.setOverrideProperties(overrides);
        return main;
    }
}
