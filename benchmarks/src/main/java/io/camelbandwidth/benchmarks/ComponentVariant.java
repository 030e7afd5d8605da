package io.camelbandwidth.benchmarks;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * (a) The component in a route: {@code from("direct:send").to("bandwidth-sms:...")}, driven like an async consumer
 * drives a route. The body is the text, the tag a header; recipient and sender are endpoint options.
 */
final class ComponentVariant implements Variant {

    private final Target target;
    private final String key;
    private final String extraOptions;
    private CamelContext context;
    private AsyncProducer producer;

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
        return "component: to(\"bandwidth-sms:...\")" + (extraOptions.isEmpty() ? "" : " with " + extraOptions);
    }

    @Override
    public void start() throws Exception {
        context = new DefaultCamelContext();
        String uri = "bandwidth-sms:" + target.accountId() + "?applicationId=" + target.applicationId()
                     + "&baseUri=" + target.baseUri() + "&username=" + target.user() + "&password=RAW("
                     + target.password() + ")&from=" + target.from().replace("+", "%2B")
                     + "&to=" + target.to().replace("+", "%2B") + (extraOptions.isEmpty() ? "" : "&" + extraOptions);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(uri);
            }
        });
        context.start();
        producer = context.getEndpoint("direct:send").createAsyncProducer();
        producer.start();
    }

    @Override
    public void send(long seq, Completion completion) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(Variant.text(seq));
        exchange.getMessage().setHeader(BandwidthSmsConstants.TAG, Variant.tag(seq));
        producer.process(exchange, doneSync -> {
            Exception failure = exchange.getException();
            if (failure == null && exchange.getMessage().getHeader(BandwidthSmsConstants.MESSAGE_ID) == null) {
                failure = new IllegalStateException("no message id");
            }
            completion.done(failure);
        });
    }

    @Override
    public void close() throws Exception {
        if (producer != null) {
            producer.stop();
        }
        if (context != null) {
            context.stop();
        }
    }
}
