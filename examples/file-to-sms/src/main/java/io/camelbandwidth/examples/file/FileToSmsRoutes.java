package io.camelbandwidth.examples.file;

import io.camelbandwidth.messaging.BandwidthPredicates;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.model.MessageRequest;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * Watches {@code {{sms.folder}}}: a {@code .txt} file is an SMS (first line: the recipients, comma-separated; the rest:
 * the text), a {@code .json} file is a whole Bandwidth message request. Sent files move to {@code done/}; files that
 * cannot be sent move to {@code error/}, next to a {@code <name>.reason.txt} saying why.
 */
public class FileToSmsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // Bandwidth certainly did not accept it (429, 5xx, no connection): Camel sends it again a few times
        onException(BandwidthException.class)
                .onWhen(BandwidthPredicates.retrySafe())
                .maximumRedeliveries("{{sms.maximum-redeliveries}}")
                .redeliveryDelay("{{sms.redelivery-delay}}")
                .useExponentialBackOff()
                .to("direct:explain-failure");
        // everything else is never retried: an invalid file, a message Bandwidth rejected, or one it may have
        // accepted (BandwidthMaybeSentException: sending it again could deliver it twice)
        onException(Exception.class)
                .to("direct:explain-failure");
        // neither is handled, so the file consumer moves the file to error/ (moveFailed)

        JacksonDataFormat messageRequest = new JacksonDataFormat(MessageRequest.class);
        messageRequest.setModuleClassNames(JavaTimeModule.class.getName()); // "expiration": "2026-12-24T18:00:00Z"

        from("file:{{sms.folder}}?include=.*\\.(txt|json)&move=done&moveFailed=error"
             + "&readLock=changed&readLockCheckInterval=250")
                .routeId("file-to-sms")
                .choice()
                    .when(header(Exchange.FILE_NAME).endsWith(".json"))
                        .unmarshal(messageRequest)
                    .otherwise()
                        .process(FileToSmsRoutes::textFile)
                .end()
                .to("bandwidth-sms:{{bandwidth.account-id}}")
                .log(LoggingLevel.INFO, "file-to-sms", "${header.CamelFileName} sent as message ${header.CamelBandwidthMessageId}");

        from("direct:explain-failure")
                .routeId("file-to-sms-failure")
                .log(LoggingLevel.WARN, "file-to-sms",
                        "${header.CamelFileName} not sent (${exception.class.simpleName}): moved to error/")
                .setBody(simple("${exception.class.name}: ${exception.message}\n"))
                .to("file:{{sms.folder}}/error?fileName=${header.CamelFileName}.reason.txt");
    }

    /** A text file: its first line names the recipients, the rest is the text. */
    static void textFile(Exchange exchange) {
        String content = exchange.getMessage().getBody(String.class);
        String[] recipientsAndText = content.split("\\R", 2);
        exchange.getMessage().setHeader(BandwidthSmsConstants.TO, recipientsAndText[0].strip());
        exchange.getMessage().setBody(recipientsAndText.length > 1 ? recipientsAndText[1].strip() : "");
    }
}
