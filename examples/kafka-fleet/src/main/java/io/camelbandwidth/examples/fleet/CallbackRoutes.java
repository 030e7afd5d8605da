package io.camelbandwidth.examples.fleet;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.model.BandwidthCallback;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualAsyncCommitFactory;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Callbacks across the fleet. Bandwidth's webhooks reach any instance (the load balancer decides), and its retries of
 * one event may reach another one. So each instance answers fast: it hands the events to the {@code bandwidth-events}
 * topic and answers {@code 200} once Kafka has them, keyed by the event's key (message id, type, recipient).
 * <p>
 * The events are processed downstream, by whichever instance owns the partition, exactly once across the fleet:
 * <ul>
 *   <li>the key puts every delivery of one event in one partition, so one consumer handles them one after the other:
 *       a retry of an event can never be processed while a first delivery of it still is;</li>
 *   <li>the event's key is claimed in the shared {@code processedEvents} repository <em>in the same database
 *       transaction</em> as the work ({@code direct:on-event}): if the work fails, the claim rolls back with it and
 *       the record is polled again, and until it commits no other consumer can claim the key (the insert waits for
 *       the row lock), so even a consumer that lost its partition while still working cannot make another one drop
 *       the event as a duplicate;</li>
 *   <li>the offset is committed after the transaction: a crash in between re-delivers a record whose key is claimed,
 *       and it is skipped.</li>
 * </ul>
 */
public class CallbackRoutes extends RouteBuilder {

    /** The key of one event across Bandwidth's retries: message id, type and recipient. */
    public static final String EVENT_KEY = "${header." + BandwidthSmsConstants.MESSAGE_ID + "}|${header."
                                           + BandwidthSmsConstants.EVENT_TYPE + "}|${header." + BandwidthSmsConstants.TO
                                           + "}";
    static final String EVENT_KEY_HEADER = "fleetEventKey";

    @Override
    public void configure() {
        from("bandwidth-sms:{{bandwidth.account-id}}?callbackUsername={{fleet.callback.username}}"
             + "&callbackPassword=RAW({{fleet.callback.password}})")
                .routeId("callback-receiver")
                .setHeader(KafkaConstants.KEY, simple(EVENT_KEY))
                .marshal().json(JsonLibrary.Jackson)
                // the consumer answers Bandwidth once this route is done: once the broker has the event
                .to("kafka:{{fleet.topic.events}}?brokers={{fleet.kafka.brokers}}");

        from("kafka:{{fleet.topic.events}}?brokers={{fleet.kafka.brokers}}&groupId={{fleet.events.group}}"
             + "&autoOffsetReset=earliest&autoCommitEnable=false&allowManualCommit=true&breakOnFirstError=true"
             + "&kafkaManualCommitFactory=#class:" + DefaultKafkaManualAsyncCommitFactory.class.getName()
             + "&consumersCount={{fleet.events.consumers}}&sessionTimeoutMs={{fleet.kafka.session-timeout-ms}}"
             + "&heartbeatIntervalMs={{fleet.kafka.heartbeat-interval-ms}}&pollTimeoutMs=500"
             + "&maxPollIntervalMs={{fleet.kafka.max-poll-interval-ms}}")
                .routeId("callback-processor")
                .setProperty(OutboundRoutes.COMMIT, header(KafkaConstants.MANUAL_COMMIT))
                .setHeader(EVENT_KEY_HEADER, header(KafkaConstants.KEY))
                .to("direct:process-event")
                // after the transaction of direct:process-event committed
                .process(OutboundRoutes::commit);

        from("direct:process-event")
                .routeId("process-event")
                .transacted(FleetResources.TRANSACTION)
                .unmarshal().json(JsonLibrary.Jackson, BandwidthCallback.class)
                .idempotentConsumer(header(EVENT_KEY_HEADER))
                    .idempotentRepository(FleetResources.PROCESSED_EVENTS)
                    .to("direct:on-event")
                .end();

        // the application's work, in the same transaction: here, the status of the message in its own table
        from("direct:on-event")
                .routeId("on-event")
                .to("sql:insert into sms_status (event_key, message_id, tag, event_type, recipient, error_code,"
                    + " instance) values (:#${header." + EVENT_KEY_HEADER + "}, :#${body.message.id},"
                    + " :#${body.message.tag}, :#${body.type}, :#${body.to}, :#${body.errorCode},"
                    + " '{{fleet.instance-id}}')?dataSource=#" + FleetResources.DATA_SOURCE);
    }
}
