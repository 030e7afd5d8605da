package io.camelbandwidth.examples.tracking;

import java.time.Duration;
import java.util.Map;

import io.camelbandwidth.messaging.model.ErrorCategory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class DeliveryTrackingTest {

    @Test
    void eachMessageIsReportedDeliveredOrFailedByItsTag() throws Exception {
        Map<String, DeliveryTracking.Outcome> outcomes = DeliveryTracking.run(Duration.ofSeconds(20));

        DeliveryTracking.Outcome delivered = outcomes.get("order-1001");
        assertEquals("message-delivered", delivered.status());
        assertNull(delivered.error());
        assertNotNull(delivered.messageId());

        DeliveryTracking.Outcome failed = outcomes.get("order-1002");
        assertEquals("message-failed", failed.status());
        assertEquals(4720, failed.error().code());
        assertEquals(ErrorCategory.CLIENT, failed.error().category());
        assertFalse(failed.error().resendMayHelp());
        assertFalse(failed.messageId().equals(delivered.messageId()));
    }
}
