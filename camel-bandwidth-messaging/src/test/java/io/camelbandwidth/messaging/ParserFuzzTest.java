package io.camelbandwidth.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import io.camelbandwidth.messaging.client.BandwidthFailures;
import io.camelbandwidth.simulator.FaultResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bandwidth's answers and callbacks fed thousands of random and mangled inputs (fixed seeds, so a failure reproduces):
 * only the component's typed exceptions come out, and nothing hangs.
 */
class ParserFuzzTest extends BandwidthTestSupport {

    private static final String CALLBACK = "[{\"type\":\"message-failed\",\"time\":\"2026-11-27T10:00:00.000Z\","
                                           + "\"description\":\"rejected\",\"to\":\"+15554443333\",\"errorCode\":4720,"
                                           + "\"message\":{\"id\":\"1589228074636lm4k2je7j7jklbn2\",\"owner\":\"+15551113333\","
                                           + "\"applicationId\":\"93de2206\",\"time\":\"2026-11-27T09:59:59.000Z\","
                                           + "\"segmentCount\":1,\"direction\":\"out\",\"to\":[\"+15554443333\"],"
                                           + "\"from\":\"+15551113333\",\"text\":\"\",\"tag\":\"t\",\"media\":[],"
                                           + "\"priority\":\"default\"}}]";
    private static final String ERROR = "{\"type\":\"request-validation\",\"description\":\"bad\",\"fieldErrors\":"
                                        + "[{\"fieldName\":\"to\",\"description\":\"not E.164\"}]}";
    private static final String ACCEPTED = "{\"id\":\"1589228074636lm4k2je7j7jklbn2\",\"owner\":\"+15551113333\","
                                           + "\"applicationId\":\"a\",\"time\":\"2026-11-27T10:00:00.000Z\","
                                           + "\"segmentCount\":1,\"direction\":\"out\",\"to\":[\"+15554443333\"],"
                                           + "\"from\":\"+15551113333\",\"text\":\"hi\",\"priority\":\"high\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(basicUri("from=" + FROM + "&to=%2B15554443333&responseTimeout=5000"));
            }
        };
    }

    /** A mangled variant of a valid document: cut, spliced, bytes flipped, values swapped, deeply nested, or random. */
    static String mangle(String valid, Random random) {
        switch (random.nextInt(7)) {
            case 0:
                return valid.substring(0, random.nextInt(valid.length()));
            case 1: {
                char[] chars = valid.toCharArray();
                String palette = "{}[]\":,0a\\ \u0000é\ud83d"; // a lone surrogate too
                for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                    chars[random.nextInt(chars.length)] = palette.charAt(random.nextInt(palette.length()));
                }
                return new String(chars);
            }
            case 2: {
                String[] values = { "null", "true", "[]", "{}", "-1", "1e999", "\"\"", "99999999999999999999", "\"x\"" };
                return valid.replaceFirst(":(\"[^\"]*\"|\\d+|\\[[^\\]]*\\])", ":" + values[random.nextInt(values.length)]);
            }
            case 3:
                return "[".repeat(2000 + random.nextInt(5000)) + "]".repeat(random.nextInt(10));
            case 4: {
                byte[] bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
            case 5:
                return valid + valid.substring(0, random.nextInt(valid.length()));
            default:
                return valid.replace("\"", random.nextBoolean() ? "'" : "");
        }
    }

    @Test
    void callbackParserOnlyThrowsItsTypedException() {
        Random random = new Random(20261127L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int rejected = 0;
            for (int i = 0; i < 5000; i++) {
                byte[] body = mangle(CALLBACK, random).getBytes(StandardCharsets.UTF_8);
                try {
                    assertNotNull(CallbackParser.parse(body, null));
                } catch (MalformedCallbackException expected) {
                    rejected++;
                }
            }
            assertTrue(rejected > 1000, "the mangling does produce malformed bodies: " + rejected);
        });
    }

    @Test
    void errorBodiesNeverFailTheErrorMapping() {
        Random random = new Random(42L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int[] statuses = { 400, 401, 403, 404, 415, 429, 500, 502, 503 };
            for (int i = 0; i < 5000; i++) {
                int status = statuses[random.nextInt(statuses.length)];
                SimpleHttpResponse response = SimpleHttpResponse.create(status, mangle(ERROR, random),
                        ContentType.APPLICATION_JSON);
                if (random.nextBoolean()) {
                    response.addHeader("Retry-After", mangle("120", random));
                }
                BandwidthHttpException failure = BandwidthFailures.fromResponse(response);
                assertEquals(status, failure.getHttpResponseCode());
                assertNotNull(failure.getMessage());
            }
        });
    }

    @Test
    void mangledAnswersOverHttpEndEveryExchangeWithSuccessOrATypedException() {
        Random random = new Random(7L);
        int[] statuses = { 202, 202, 400, 429, 500, 503 };
        int cases = 1000;
        for (int i = 0; i < cases; i++) {
            int status = statuses[random.nextInt(statuses.length)];
            simulator.faults().respond(FaultResponse.status(status)
                    .body("application/json", mangle(status == 202 ? ACCEPTED : ERROR, random)), 1);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            List<CompletableFuture<Exchange>> sends = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                sends.add(template.asyncSend("direct:send", e -> e.getMessage().setBody("hi")));
                if (sends.size() == 50) {
                    sends.forEach(ParserFuzzTest::assertSuccessOrTyped);
                    sends.clear();
                }
            }
            sends.forEach(ParserFuzzTest::assertSuccessOrTyped);
        });
        assertEquals(cases, simulator.requests().size());
    }

    private static void assertSuccessOrTyped(CompletableFuture<Exchange> send) {
        Exception failure = send.join().getException();
        assertTrue(failure == null || failure instanceof BandwidthException, () -> "untyped: " + failure);
    }
}
