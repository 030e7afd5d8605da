package io.camelbandwidth.examples.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthPredicates;
import io.camelbandwidth.messaging.BandwidthRejectedException;
import io.camelbandwidth.messaging.BandwidthValidationException;
import io.camelbandwidth.messaging.model.MessageRequest;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualAsyncCommitFactory;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Outbound: each instance consumes {@code sms-outbound} in one consumer group and sends every record, a JSON Bandwidth
 * message request with a unique {@code tag}, through {@code bandwidth-sms}. A record's offset is committed only once
 * its outcome is known:
 * <ul>
 *   <li>accepted (202): its tag is written to the shared {@code sentMessages} repository, then the offset
 *       committed;</li>
 *   <li>cannot be sent as it is (invalid, rejected by Bandwidth, no tag, not JSON): to {@code sms-dead-letter} with the
 *       reason;</li>
 *   <li>maybe sent (the request left, no answer): to {@code sms-reconciliation} with the tag, never sent again;</li>
 *   <li>certainly not sent (429, 5xx, no connection, the shared rate out of reach), or the database or Kafka failing:
 *       retried a few times, then the record is polled again (its partition waits; nothing is skipped).</li>
 * </ul>
 * After a failover the new owner of a partition receives again the records the dead instance had taken but not
 * committed. A tag already in {@code sentMessages} is not sent again. A tag claimed (in {@code claimedMessages}) but
 * not marked sent may or may not have reached Bandwidth: it is sent again and reported to {@code sms-reconciliation}
 * as {@value #RESENT_AFTER_FAILOVER}, so that each possible duplicate can be checked by its tag.
 */
public class OutboundRoutes extends RouteBuilder {

    /** Kafka header of the records on the dead-letter and reconciliation topics: what happened. */
    public static final String SMS_OUTCOME = "smsOutcome";
    /** Kafka header: the exception that decided the outcome. */
    public static final String SMS_FAILURE = "smsFailure";
    /** Kafka header: the instance that wrote the record. */
    public static final String SMS_INSTANCE = "smsInstance";
    public static final String DEAD = "dead";
    public static final String MAYBE_SENT = "maybe-sent";
    public static final String RESENT_AFTER_FAILOVER = "resent-after-failover";

    private static final String RECORD = "fleetRecord";
    private static final String TAG = "fleetTag";
    /** partition/offset, for the logs (no number or text of a message at INFO and above) */
    private static final String POSITION = "fleetPosition";
    static final String COMMIT = "fleetCommit";

    @Override
    public void configure() {
        JacksonDataFormat messageRequest = new JacksonDataFormat(MessageRequest.class);
        messageRequest.setModuleClassNames(JavaTimeModule.class.getName());

        // the request left and no answer came back: Bandwidth may have it, so never again automatically
        onException(BandwidthException.class)
                .onWhen(BandwidthPredicates.maybeSent())
                .handled(true)
                .process(exchange -> repository(exchange, FleetResources.SENT_MESSAGES).add(tag(exchange)))
                .setHeader(SMS_OUTCOME, constant(MAYBE_SENT))
                .setHeader(SMS_FAILURE, simple("${exception.class.name}: ${exception.message}"))
                .to("direct:reconcile")
                .process(OutboundRoutes::commit);
        // it cannot be sent as it is: dead-lettered with the reason, the partition moves on
        onException(BandwidthValidationException.class, BandwidthRejectedException.class,
                InvalidRecordException.class, JsonProcessingException.class)
                .handled(true)
                .log(LoggingLevel.WARN, "kafka-fleet", "Record ${exchangeProperty." + POSITION + "} dead-lettered:"
                                                       + " ${exception.class.simpleName}")
                .setBody(exchangeProperty(RECORD))
                .setHeader(SMS_OUTCOME, constant(DEAD))
                .setHeader(SMS_FAILURE, simple("${exception.class.name}: ${exception.message}"))
                .setHeader(SMS_INSTANCE, constant("{{fleet.instance-id}}"))
                .to("kafka:{{fleet.topic.dead-letter}}?brokers={{fleet.kafka.brokers}}")
                .process(OutboundRoutes::commit);
        // anything else is transient (429, 5xx, no connection, the rate store, the database, Kafka): a few retries,
        // then the record is polled again. A send that certainly did not happen gives its claim back, so that the next
        // delivery is not taken for a failover.
        onException(Exception.class)
                .maximumRedeliveries("{{fleet.outbound.redeliveries}}")
                .redeliveryDelay("{{fleet.outbound.redelivery-delay}}")
                .useExponentialBackOff()
                .asyncDelayedRedelivery()
                .logExhausted(false)
                .filter(BandwidthPredicates.retrySafe())
                    .process(exchange -> repository(exchange, FleetResources.CLAIMED_MESSAGES).remove(tag(exchange)))
                .end()
                .log(LoggingLevel.WARN, "kafka-fleet", "Record ${exchangeProperty." + POSITION + "} not sent yet"
                                                       + " (${exception.class.simpleName}): polled again");

        from("kafka:{{fleet.topic.outbound}}?brokers={{fleet.kafka.brokers}}&groupId={{fleet.outbound.group}}"
             + "&autoOffsetReset=earliest&autoCommitEnable=false&allowManualCommit=true&breakOnFirstError=true"
             + "&kafkaManualCommitFactory=#class:" + DefaultKafkaManualAsyncCommitFactory.class.getName()
             + "&consumersCount={{fleet.outbound.consumers}}&maxPollRecords={{fleet.outbound.max-poll-records}}"
             + "&sessionTimeoutMs={{fleet.kafka.session-timeout-ms}}"
             + "&heartbeatIntervalMs={{fleet.kafka.heartbeat-interval-ms}}&pollTimeoutMs=500"
             + "&maxPollIntervalMs={{fleet.kafka.max-poll-interval-ms}}")
                .routeId("outbound")
                .setProperty(COMMIT, header(KafkaConstants.MANUAL_COMMIT))
                .setProperty(RECORD, body())
                .process(OutboundRoutes::notePosition)
                .unmarshal(messageRequest)
                .process(OutboundRoutes::requireTag)
                // the common case costs one insert: the claim of a tag never seen
                .filter(exchange -> !repository(exchange, FleetResources.CLAIMED_MESSAGES).add(tag(exchange)))
                    .filter(exchange -> repository(exchange, FleetResources.SENT_MESSAGES).contains(tag(exchange)))
                        // accepted before, its offset not committed: a redelivery after a failover
                        .log(LoggingLevel.DEBUG, "kafka-fleet", "${exchangeProperty." + TAG + "} was sent already")
                        .process(OutboundRoutes::commit)
                        .stop()
                    .end()
                    // taken before and not finished: it may or may not have reached Bandwidth
                    .setHeader(SMS_OUTCOME, constant(RESENT_AFTER_FAILOVER))
                    .enrich("direct:reconcile", AggregationStrategies.useOriginal())
                .end()
                .to("bandwidth-sms:{{bandwidth.account-id}}?maxSegmentsPerSecond={{fleet.rate}}")
                .process(exchange -> repository(exchange, FleetResources.SENT_MESSAGES).add(tag(exchange)))
                .process(OutboundRoutes::commit);

        // the record as it came, keyed by its tag, with what happened
        from("direct:reconcile")
                .routeId("reconcile")
                .log(LoggingLevel.WARN, "kafka-fleet", "${exchangeProperty." + TAG + "} to reconcile: ${header."
                                                       + SMS_OUTCOME + "}")
                .setBody(exchangeProperty(RECORD))
                .setHeader(KafkaConstants.KEY, exchangeProperty(TAG))
                .setHeader(SMS_INSTANCE, constant("{{fleet.instance-id}}"))
                .to("kafka:{{fleet.topic.reconciliation}}?brokers={{fleet.kafka.brokers}}");
    }

    /** partition/offset: identifies the record in the logs without its content. */
    private static void notePosition(Exchange exchange) {
        exchange.setProperty(POSITION, exchange.getMessage().getHeader(KafkaConstants.PARTITION) + "/"
                                       + exchange.getMessage().getHeader(KafkaConstants.OFFSET));
    }

    private static void requireTag(Exchange exchange) {
        String tag = exchange.getMessage().getBody(MessageRequest.class).getTag();
        if (tag == null || tag.isBlank()) {
            throw new InvalidRecordException("no tag: every outbound record needs a unique tag, its identity across"
                                             + " retries and failovers");
        }
        exchange.setProperty(TAG, tag);
    }

    private static String tag(Exchange exchange) {
        return exchange.getProperty(TAG, String.class);
    }

    private static IdempotentRepository repository(Exchange exchange, String name) {
        return exchange.getContext().getRegistry().lookupByNameAndType(name, IdempotentRepository.class);
    }

    /** Commits the record's offset: its outcome is known. */
    static void commit(Exchange exchange) {
        exchange.getProperty(COMMIT, KafkaManualCommit.class).commit();
    }

    /** An outbound record that can never be sent as it is. */
    static final class InvalidRecordException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidRecordException(String message) {
            super(message);
        }
    }
}
