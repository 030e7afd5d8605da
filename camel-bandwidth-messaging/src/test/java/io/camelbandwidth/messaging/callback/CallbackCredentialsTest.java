package io.camelbandwidth.messaging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbackAuthenticatorTest {

    private final CallbackAuthenticator basic = CallbackAuthenticator.basic("user", "päss:word");

    @Test
    void acceptsExactlyTheConfiguredCredentials() {
        assertTrue(basic.accepts(CallbackTestSupport.basic("user", "päss:word")));
        assertTrue(basic.accepts("  " + CallbackTestSupport.basic("user", "päss:word") + "  "));
        assertFalse(basic.accepts(CallbackTestSupport.basic("user", "päss:wor")));
        assertFalse(basic.accepts(CallbackTestSupport.basic("user", "päss:word ")));
        assertFalse(basic.accepts(null));
        assertFalse(basic.accepts(""));
        assertFalse(basic.isOpen());
    }

    @Test
    void openAcceptsAnything() {
        CallbackAuthenticator open = CallbackAuthenticator.open();
        assertTrue(open.isOpen());
        assertTrue(open.accepts(null));
        assertTrue(open.accepts("Basic whatever"));
    }
}
