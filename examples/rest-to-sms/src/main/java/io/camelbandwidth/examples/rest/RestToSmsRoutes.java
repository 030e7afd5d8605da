package io.camelbandwidth.examples.rest;

import io.camelbandwidth.messaging.BandwidthPredicates;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.camelbandwidth.messaging.BandwidthAuthenticationException;
import io.camelbandwidth.messaging.BandwidthException;
import io.camelbandwidth.messaging.BandwidthMaybeSentException;
import io.camelbandwidth.messaging.BandwidthRateLimitException;
import io.camelbandwidth.messaging.BandwidthRejectedException;
import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.BandwidthValidationException;
import io.camelbandwidth.messaging.model.MessageRequest;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;

import static io.camelbandwidth.examples.rest.Problems.malformedJson;
import static io.camelbandwidth.examples.rest.Problems.problem;

/**
 * {@code POST /sms} with a Bandwidth message request as JSON ({@code {"to": ["+15554443333"], "text": "Hello"}})
 * sends it and answers {@code 202 {"id": ..., "segmentCount": ...}}.
 * <p>
 * Errors: 400 for a request that cannot be sent as it is (invalid JSON, a missing or invalid field, a field the
 * caller may not set such as the sender: nothing was sent), 422 when Bandwidth rejected the message, 502 when Bandwidth refused this service's credentials, 503 when
 * Bandwidth rate-limited the account (at once, with {@code Retry-After} when Bandwidth gave one) or was unavailable
 * even after Camel's retries, 504 when the request left but no answer came back (the message may have been sent: do
 * not retry blindly).
 */
public class RestToSmsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(BandwidthValidationException.class)
                .handled(true)
                .process(problem(400, "invalid-request", null, true))
                .marshal().json();
        // the JSON binding's parse errors: where the body went wrong, in the caller's terms
        onException(JacksonException.class)
                .handled(true)
                .process(malformedJson())
                .marshal().json();
        onException(BandwidthRejectedException.class)
                .handled(true)
                .log(LoggingLevel.INFO, "rest-to-sms", "Bandwidth rejected a message: ${exception.type}")
                .process(problem(422, "rejected-by-bandwidth", null, true))
                .marshal().json();
        onException(BandwidthAuthenticationException.class)
                .handled(true)
                .log(LoggingLevel.ERROR, "rest-to-sms", "Bandwidth refused our credentials: ${exception.message}")
                .process(problem(502, "bandwidth-credentials-refused", "The SMS service is misconfigured", false))
                .marshal().json();
        onException(BandwidthMaybeSentException.class)
                .handled(true)
                .log(LoggingLevel.WARN, "rest-to-sms", "No answer from Bandwidth; the message may have been sent")
                .process(problem(504, "maybe-sent", "No answer from Bandwidth: the message may have been sent."
                                                    + " Do not resend it blindly.", false))
                .marshal().json();
        // 429: the account's queue is full. Answer at once (with Bandwidth's Retry-After, if any) rather than hold
        // the caller while Camel waits: the caller retries
        onException(BandwidthRateLimitException.class)
                .handled(true)
                .process(problem(503, "rate-limited", "Bandwidth's message queue for this account is full; nothing was"
                                                      + " sent. Try later.", false))
                .marshal().json();
        // 5xx, no connection: Bandwidth certainly did not accept it, so Camel tries again before giving up
        onException(BandwidthException.class)
                .onWhen(BandwidthPredicates.retrySafe())
                .maximumRedeliveries("{{sms.maximum-redeliveries}}")
                .redeliveryDelay("{{sms.redelivery-delay}}")
                .useExponentialBackOff()
                .handled(true)
                .process(problem(503, "bandwidth-unavailable", "Bandwidth is unavailable; nothing was sent. Try later.",
                        false))
                .marshal().json();

        restConfiguration()
                .component("platform-http")
                .bindingMode(RestBindingMode.json)
                // "expiration" is a date-time; "to": "+1..." is accepted as a list of one
                .dataFormatProperty("moduleClassNames", JavaTimeModule.class.getName())
                .dataFormatProperty("enableFeatures", "ACCEPT_SINGLE_VALUE_AS_ARRAY");

        rest("/sms")
                .post()
                    .description("Send an SMS or MMS through Bandwidth")
                    .consumes("application/json").produces("application/json")
                    .type(MessageRequest.class).outType(SmsAccepted.class)
                    .to("direct:send-sms");

        from("direct:send-sms")
                .routeId("rest-to-sms")
                // a caller chooses the recipients, text, tag, priority and expiration; never the sender, the
                // application or media: those are this service's
                .to("bandwidth-sms:{{bandwidth.account-id}}?overridableFields=to,tag,priority,expiration")
                .log(LoggingLevel.INFO, "rest-to-sms", "Accepted as message ${header.CamelBandwidthMessageId}")
                .setHeader("Location", simple("/sms/${header.CamelBandwidthMessageId}"))
                .process(exchange -> exchange.getMessage().setBody(new SmsAccepted(
                        exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID, String.class),
                        exchange.getMessage().getHeader(BandwidthSmsConstants.SEGMENT_COUNT, Integer.class))))
                .setHeader("CamelHttpResponseCode", constant(202));
    }
}
