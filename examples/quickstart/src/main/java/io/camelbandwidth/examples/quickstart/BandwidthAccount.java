package io.camelbandwidth.examples.quickstart;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.camelbandwidth.simulator.BandwidthSimulator;

/**
 * Where the quick start sends: a real Bandwidth account from {@code BANDWIDTH_*} variables, or the simulator.
 * Secrets go into the endpoint URI as {@code RAW(...)} so that no character of theirs is decoded.
 */
record BandwidthAccount(String accountId, String applicationId, String clientId, String clientSecret, String from,
                        List<String> recipients, String baseUri, String tokenUri) {

    private static final List<String> REQUIRED = List.of("BANDWIDTH_ACCOUNT_ID", "BANDWIDTH_APPLICATION_ID",
            "BANDWIDTH_CLIENT_ID", "BANDWIDTH_CLIENT_SECRET", "BANDWIDTH_FROM", "BANDWIDTH_TO");

    /** The real account, or {@code null} when no {@code BANDWIDTH_*} variable is set. */
    static BandwidthAccount fromEnvironment(Map<String, String> env) {
        List<String> missing = REQUIRED.stream().filter(name -> isBlank(env.get(name))).toList();
        if (missing.size() == REQUIRED.size()) {
            return null;
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Set all of " + REQUIRED + " to use a real account; missing " + missing);
        }
        return new BandwidthAccount(env.get("BANDWIDTH_ACCOUNT_ID"), env.get("BANDWIDTH_APPLICATION_ID"),
                env.get("BANDWIDTH_CLIENT_ID"), env.get("BANDWIDTH_CLIENT_SECRET"), env.get("BANDWIDTH_FROM"),
                Arrays.stream(env.get("BANDWIDTH_TO").split(",")).map(String::strip).toList(), null, null);
    }

    static BandwidthAccount simulated(BandwidthSimulator simulator) {
        return new BandwidthAccount("9900000", "93de2206-9669-4e07-948d-329f4b722ee2", "quickstart-client",
                "quickstart-secret", "+15551113333", List.of("+15554443333", "+15552223333"), simulator.baseUri(),
                simulator.tokenUri());
    }

    String endpointUri() {
        StringBuilder uri = new StringBuilder("bandwidth-sms:").append(accountId)
                .append("?applicationId=RAW(").append(applicationId).append(')')
                .append("&from=RAW(").append(from).append(')')
                .append("&clientId=RAW(").append(clientId).append(')')
                .append("&clientSecret=RAW(").append(clientSecret).append(')');
        if (baseUri != null) {
            uri.append("&baseUri=").append(baseUri).append("&oauthTokenUri=").append(tokenUri);
        }
        return uri.toString();
    }

    @Override
    public String toString() {
        return "BandwidthAccount[" + accountId + "]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
