package io.camelbandwidth.messaging.client;

import java.time.Duration;
import java.util.Random;

import io.camelbandwidth.messaging.BandwidthHttpException;
import io.camelbandwidth.messaging.testkit.Stress;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.camelbandwidth.messaging.testkit.Mangler.mangle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Error answers fed thousands of mangled bodies and Retry-After values (fixed seed, so a failure reproduces): the
 * mapping always gives the typed exception with the status, and nothing hangs.
 */
@Stress
class ErrorMapperFuzzTest {

    private static final String ERROR = "{\"type\":\"request-validation\",\"description\":\"bad\",\"fieldErrors\":"
                                        + "[{\"fieldName\":\"to\",\"description\":\"not E.164\"}]}";

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
                BandwidthHttpException failure = ErrorMapper.fromResponse(response);
                assertEquals(status, failure.getHttpResponseCode());
                assertNotNull(failure.getMessage());
            }
        });
    }

}
