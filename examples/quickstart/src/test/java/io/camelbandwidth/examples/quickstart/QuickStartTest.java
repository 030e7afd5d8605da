package io.camelbandwidth.examples.quickstart;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuickStartTest {

    @Test
    void sendsTheFiveDocumentedMessagesThroughTheSimulator() throws Exception {
        List<QuickStart.SentMessage> sent = QuickStart.run(Map.of());

        assertEquals(List.of("single SMS", "picture MMS", "MMS with several pictures", "group SMS", "group MMS"),
                sent.stream().map(QuickStart.SentMessage::example).toList());
        assertTrue(sent.stream().allMatch(message -> message.id() != null && !message.id().isBlank()));
        assertEquals(5, sent.stream().map(QuickStart.SentMessage::id).distinct().count(), "five distinct ids");
    }

    @Test
    void aPartialRealAccountIsRefusedNotSilentlySimulated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuickStart.run(Map.of("BANDWIDTH_ACCOUNT_ID", "1234567")));
        assertTrue(e.getMessage().contains("BANDWIDTH_CLIENT_SECRET"), e.getMessage());
    }
}
