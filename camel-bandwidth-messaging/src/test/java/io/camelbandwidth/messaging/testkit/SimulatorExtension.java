package io.camelbandwidth.messaging.testkit;

import java.util.function.UnaryOperator;

import io.camelbandwidth.simulator.BandwidthSimulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static io.camelbandwidth.messaging.testkit.TestAccount.ACCOUNT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.APPLICATION_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_ID;
import static io.camelbandwidth.messaging.testkit.TestAccount.CLIENT_SECRET;
import static io.camelbandwidth.messaging.testkit.TestAccount.PASSWORD;
import static io.camelbandwidth.messaging.testkit.TestAccount.USERNAME;

/**
 * An embedded Bandwidth simulator for one test class, over real HTTP on loopback (its port bound by the simulator
 * itself), with endpoint URIs pointing at it. Started before the class's tests, reset before each, stopped after all:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SimulatorExtension bandwidth = SimulatorExtension.create();
 *
 * from("direct:send").to(bandwidth.oauthUri("from=%2B15551113333"));
 * bandwidth.simulator().awaitAccepted(1, TestAccount.WAIT);
 * }</pre>
 *
 * The simulator accepts the {@link TestAccount} credentials, OAuth2 and Basic alike, and pages media two at a time.
 */
public final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final UnaryOperator<BandwidthSimulator.Builder> settings;
    private BandwidthSimulator simulator;

    private SimulatorExtension(UnaryOperator<BandwidthSimulator.Builder> settings) {
        this.settings = settings;
    }

    /** A simulator with the default settings. */
    public static SimulatorExtension create() {
        return new SimulatorExtension(UnaryOperator.identity());
    }

    /** A simulator with the default settings, then these (callbacks, faults of the idle connection, TLS...). */
    public static SimulatorExtension create(UnaryOperator<BandwidthSimulator.Builder> settings) {
        return new SimulatorExtension(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = settings.apply(BandwidthSimulator.builder()
                .basicCredentials(USERNAME, PASSWORD)
                .oauthClient(CLIENT_ID, CLIENT_SECRET)
                .mediaPageSize(2)) // lets listMedia tests walk the Continuation-Token paging
                .build()
                .start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
    }

    public BandwidthSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator starts before the test class: register the extension on a"
                                            + " static field");
        }
        return simulator;
    }

    /** An endpoint URI using OAuth2 against the simulator, with extra query options appended. */
    public String oauthUri(String extraOptions) {
        return uri("&oauthTokenUri=" + simulator().tokenUri() + "&clientId=" + CLIENT_ID + "&clientSecret=RAW("
                   + CLIENT_SECRET + ")", extraOptions);
    }

    /** An endpoint URI using legacy Basic against the simulator, with extra query options appended. */
    public String basicUri(String extraOptions) {
        return uri("&username=" + USERNAME + "&password=RAW(" + PASSWORD + ")", extraOptions);
    }

    private String uri(String credentials, String extraOptions) {
        return "bandwidth-sms:" + ACCOUNT_ID + "?applicationId=" + APPLICATION_ID + "&baseUri=" + simulator().baseUri()
               + credentials + (extraOptions.isEmpty() ? "" : "&" + extraOptions);
    }
}
