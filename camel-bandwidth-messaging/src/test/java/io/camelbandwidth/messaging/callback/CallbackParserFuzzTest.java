package io.camelbandwidth.messaging.callback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import io.camelbandwidth.messaging.testkit.Stress;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.Mangler.mangle;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callback bodies fed thousands of random and mangled inputs (fixed seed, so a failure reproduces): the parser only
 * throws its typed exception or sets malformed elements aside, and nothing hangs.
 */
@Stress
class CallbackParserFuzzTest {

    private static final String CALLBACK = "[{\"type\":\"message-failed\",\"time\":\"2026-11-27T10:00:00.000Z\","
                                           + "\"description\":\"rejected\",\"to\":\"+15554443333\",\"errorCode\":4720,"
                                           + "\"message\":{\"id\":\"1589228074636lm4k2je7j7jklbn2\",\"owner\":\"+15551113333\","
                                           + "\"applicationId\":\"93de2206\",\"time\":\"2026-11-27T09:59:59.000Z\","
                                           + "\"segmentCount\":1,\"direction\":\"out\",\"to\":[\"+15554443333\"],"
                                           + "\"from\":\"+15551113333\",\"text\":\"\",\"tag\":\"t\",\"media\":[],"
                                           + "\"priority\":\"default\"}}]";

    @Test
    void callbackParserOnlyThrowsItsTypedExceptionOrSetsElementsAside() {
        Random random = new Random(20261127L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int rejected = 0;
            for (int i = 0; i < 5000; i++) {
                byte[] body = mangle(CALLBACK, random).getBytes(StandardCharsets.UTF_8);
                try {
                    CallbackBatch batch = CallbackParser.parse(body, null);
                    assertNotNull(batch);
                    rejected += batch.malformed().isEmpty() ? 0 : 1;
                } catch (MalformedCallbackException expected) {
                    rejected++;
                }
            }
            assertTrue(rejected > 1000, "the mangling does produce malformed bodies: " + rejected);
        });
    }

}
