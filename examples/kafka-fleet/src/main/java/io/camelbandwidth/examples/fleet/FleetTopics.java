package io.camelbandwidth.examples.fleet;

import java.util.Properties;

/**
 * The fleet's Kafka topics and consumer groups (defaults in {@code application.properties}).
 *
 * @param outbound       JSON Bandwidth message requests, keyed by recipient (one recipient's messages stay in order)
 * @param deadLetter     records that cannot be sent as they are, with the reason (Kafka header {@code smsFailure})
 * @param reconciliation records that may have been sent, or sent twice, keyed by tag, with {@code smsOutcome}
 * @param events         Bandwidth's callback events, keyed by the event's key
 * @param senders        the consumer group of {@code outbound}
 * @param processors     the consumer group of {@code events}
 */
public record FleetTopics(String outbound, String deadLetter, String reconciliation, String events, String senders,
                          String processors) {

    public static final FleetTopics DEFAULT = new FleetTopics("sms-outbound", "sms-dead-letter", "sms-reconciliation",
            "bandwidth-events", "sms-senders", "event-processors");

    /** Other names, so that several fleets (or tests) share a broker without seeing each other's records. */
    public static FleetTopics suffixed(String suffix) {
        return new FleetTopics(DEFAULT.outbound + suffix, DEFAULT.deadLetter + suffix,
                DEFAULT.reconciliation + suffix, DEFAULT.events + suffix, DEFAULT.senders + suffix,
                DEFAULT.processors + suffix);
    }

    /** The instance settings naming them. */
    public Properties settings() {
        Properties settings = new Properties();
        settings.setProperty("fleet.topic.outbound", outbound);
        settings.setProperty("fleet.topic.dead-letter", deadLetter);
        settings.setProperty("fleet.topic.reconciliation", reconciliation);
        settings.setProperty("fleet.topic.events", events);
        settings.setProperty("fleet.outbound.group", senders);
        settings.setProperty("fleet.events.group", processors);
        return settings;
    }
}
