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
    void openAcceptsAnything() {
        CallbackCredentials open = CallbackCredentials.open();
        assertTrue(open.accepts(null));
        assertTrue(open.accepts("Basic whatever"));
    }
}
