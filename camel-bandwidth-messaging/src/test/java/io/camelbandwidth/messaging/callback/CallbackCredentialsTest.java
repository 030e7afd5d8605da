package io.camelbandwidth.messaging.callback;

import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.WebhookClient.basic;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbackCredentialsTest {

    private final CallbackCredentials basic = CallbackCredentials.basic("user", "päss:word");

    @Test
    void acceptsExactlyTheConfiguredCredentials() {
        assertTrue(basic.accepts(basic("user", "päss:word")));
        assertTrue(basic.accepts("  " + basic("user", "päss:word") + "  "));
        assertFalse(basic.accepts(basic("user", "päss:wor")));
        assertFalse(basic.accepts(basic("user", "päss:word ")));
        assertFalse(basic.accepts(null));
        assertFalse(basic.accepts(""));
    }

    @Test
    void theSchemeIsBasicInAnyAsciiCase() {
        String credentials = basic("user", "päss:word").substring("Basic ".length());
        assertTrue(basic.accepts("basic " + credentials));
        assertTrue(basic.accepts("BASIC " + credentials));
        assertTrue(basic.accepts("bAsIc    " + credentials));
        assertFalse(basic.accepts("Bas\u0131c " + credentials), "a dotless i is no i");
        assertFalse(basic.accepts("Ba\u017Fic " + credentials), "a long s is no s");
        assertFalse(basic.accepts("Basic\t" + credentials));
        assertFalse(basic.accepts("Bearer " + credentials));
        assertFalse(basic.accepts("Basic"));
    }

    @Test
    void openAcceptsAnything() {
        CallbackCredentials open = CallbackCredentials.open();
        assertTrue(open.accepts(null));
        assertTrue(open.accepts("Basic whatever"));
    }
}
