package io.camelbandwidth.messaging.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Apache HttpClient's own loggers print the Authorization header at DEBUG; the component cannot stop them, so it says
 * so once, at start, when one of them is on.
 */
class HttpClientLogWarningTest {

    private final List<String> warnings = new ArrayList<>();

    @Test
    void eitherLoggerAtDebugGivesOneWarningNamingItAndTheAuthorizationHeader() {
        for (String logger : List.of("org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire")) {
            warnings.clear();
            HttpClientLogWarning.warnIfRevealing(logger::equals, warnings::add);

            assertEquals(1, warnings.size(), warnings.toString());
            String warning = warnings.get(0);
            assertTrue(warning.contains(logger), warning);
            assertTrue(warning.contains("Authorization"), warning);
            assertTrue(warning.contains("client secret") && warning.contains("token"), warning);
        }
    }

    @Test
    void bothLoggersAtDebugStillGiveOneWarning() {
        HttpClientLogWarning.warnIfRevealing(Set.of("org.apache.hc.client5.http.headers",
                "org.apache.hc.client5.http.wire")::contains, warnings::add);

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(".headers") && warnings.get(0).contains(".wire"), warnings.get(0));
    }

    @Test
    void otherwiseNothingIsSaid() {
        HttpClientLogWarning.warnIfRevealing(name -> !name.startsWith("org.apache.hc.client5.http."), warnings::add);

        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
