package io.camelbandwidth.benchmarks;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * (a) The component in a route: {@code from("direct:send").to("bandwidth-sms:...")}. The body is the text, the tag a
 * header; recipient and sender are endpoint options.
 */
final class ComponentVariant extends CamelRouteVariant {

    private final Target target;
    private final String key;
    private final String extraOptions;

    ComponentVariant(Target target) {
        this(target, "a", "");
    }

    /** A component variant with extra endpoint options, e.g. {@code connectionRequestTimeout=2000}. */
    ComponentVariant(Target target, String key, String extraOptions) {
        this.target = target;
        this.key = key;
        this.extraOptions = extraOptions;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String description() {
        return "component: to(\"bandwidth-sms:...\")" + (extraOptions.isEmpty() ? ", default options"
                : " with " + extraOptions);
    }

    /** The endpoint URI, with the options of this variant. */
    static String uri(Target target, String extraOptions) {
        return "bandwidth-sms:" + target.accountId() + "?applicationId=" + target.applicationId()
               + "&baseUri=" + target.baseUri() + "&username=" + target.user() + "&password=RAW("
               + target.password() + ")&from=" + target.from().replace("+", "%2B")
               + "&to=" + target.to().replace("+", "%2B") + (extraOptions.isEmpty() ? "" : "&" + extraOptions);
    }

    @Override
    void addRoutes(CamelContext context) throws Exception {
        String uri = uri(target, extraOptions);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ENTRY).to(uri);
            }
        });
    }

    @Override
    void prepare(Message message, long seq) {
        textAndTag(message, seq);
    }

    @Override
    Exception check(Exchange exchange) {
        return messageIdCheck(exchange);
    }

    /** Message {@code seq} as (a) and (f) send it: the text as body, the tag as header. */
    static void textAndTag(Message message, long seq) {
        message.setBody(Variant.text(seq));
        message.setHeader(BandwidthSmsConstants.TAG, Variant.tag(seq));
    }

    /** The exchange's failure, or a failure if Bandwidth's message id is not on the message. */
    static Exception messageIdCheck(Exchange exchange) {
        Exception failure = exchange.getException();
        if (failure == null && exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID) == null) {
            failure = new IllegalStateException("no message id");
        }
        return failure;
    }
}
