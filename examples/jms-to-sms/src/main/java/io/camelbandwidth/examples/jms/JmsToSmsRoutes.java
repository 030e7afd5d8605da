package io.camelbandwidth.examples.jms;

import io.camelbandwidth.messaging.BandwidthPredicates;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.model.MessageRequest;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * Consumes {@code {{sms.queue}}} as a transactional client and sends each message through Bandwidth: the consume,
 * the outcome and the dead-letter send are one JMS transaction, which commits or rolls back as a whole. A message is
 * either a text with the JMS property {@code smsTo} (the recipients, comma-separated), or a JSON Bandwidth message
 * request.
 * <p>
 * Only the {@code smsTo} property chooses the recipient: it is copied deliberately into {@code CamelBandwidthTo};
 * Camel's JMS binding drops incoming {@code Camel*} properties, so a producer cannot set the component's headers.
 */
public class JmsToSmsRoutes extends RouteBuilder {

    /** The JMS property that names the recipients of a text message. */
    public static final String SMS_TO = "smsTo";
    /** Set on what this route moves to the dead-letter queue: why it could not be sent. */
    public static final String SMS_FAILURE = "smsFailure";
    /** The registry name of the {@code JmsTransactionManager} the route runs in. */
    public static final String TRANSACTION_MANAGER = "jmsTransactionManager";

    @Override
    public void configure() {
        // Bandwidth certainly did not accept it (429, 5xx, no connection): retry a little inside the transaction, then
        // roll back; the broker redelivers it later and, after its maximum delivery attempts, moves it to the DLQ
        onException(BandwidthException.class)
                .onWhen(BandwidthPredicates.retrySafe())
                .maximumRedeliveries("{{sms.maximum-redeliveries}}")
                .redeliveryDelay("{{sms.redelivery-delay}}")
                .useExponentialBackOff()
                .log(LoggingLevel.WARN, "jms-to-sms",
                        "${header.JMSMessageID} not sent (${exception.class.simpleName}): rolled back to the broker");
        // it cannot be sent as it is (invalid, rejected by Bandwidth), or it may have been sent (no answer: a
        // redelivery could send it twice): the original message to the dead-letter queue with the reason, in the
        // same transaction as the consume: both commit together, or neither (a crash before the commit)
        onException(Exception.class)
                .handled(true)
                .useOriginalMessage()
                .log(LoggingLevel.WARN, "jms-to-sms",
                        "${header.JMSMessageID} not sent (${exception.class.simpleName}): to {{sms.dead-letter-queue}}")
                .setHeader(SMS_FAILURE, simple("${exception.class.name}: ${exception.message}"))
                .to("jms:queue:{{sms.dead-letter-queue}}");

        JacksonDataFormat messageRequest = new JacksonDataFormat(MessageRequest.class);
        messageRequest.setModuleClassNames(JavaTimeModule.class.getName());

        // the message leaves the queue only when the route succeeded or handled the failure; an unhandled failure
        // rolls it back to the broker. CACHE_NONE: the listener then receives on the transaction manager's session
        // (a consumer of its own would commit the consume apart from the dead-letter send); the connection
        // factory's cache makes that cheap
        from("jms:queue:{{sms.queue}}?transacted=true&transactionManager=#" + TRANSACTION_MANAGER
             + "&cacheLevelName=CACHE_NONE&concurrentConsumers={{sms.consumers}}")
                .routeId("jms-to-sms")
                // the transactional client: every step, the asynchronous Bandwidth call included, completes on
                // the consumer's thread, inside the transaction
                .transacted()
                .choice()
                    .when(header(SMS_TO).isNotNull())
                        .setHeader(BandwidthSmsConstants.TO, header(SMS_TO))
                    .otherwise()
                        .unmarshal(messageRequest)
                .end()
                .to("bandwidth-sms:{{bandwidth.account-id}}")
                .log(LoggingLevel.INFO, "jms-to-sms", "${header.JMSMessageID} sent as message ${header.CamelBandwidthMessageId}");
    }
}
