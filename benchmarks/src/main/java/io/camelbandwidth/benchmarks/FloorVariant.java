package io.camelbandwidth.benchmarks;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * (f) The Camel floor: the same route as (a), {@code from("direct:send")}, whose step is a hand-written
 * {@link FloorProcessor} instead of the component; the same messages (body = text, tag header) and the same check.
 * (a) ÷ (f) is what the component costs over Camel itself; (f) ÷ (b) is what Camel costs over the raw client.
 */
final class FloorVariant extends CamelRouteVariant {

    private final Target target;

    FloorVariant(Target target) {
        this.target = target;
    }

    @Override
    public String key() {
        return "f";
    }

    @Override
    public String description() {
        return "the Camel floor: from(\"direct:send\").process(hand-written AsyncProcessor): the component's headers"
               + " read, (b)'s client and Jackson work, the answer headers set, completion on the I/O thread";
    }

    @Override
    void addRoutes(CamelContext context) throws Exception {
        FloorProcessor floor = new FloorProcessor(target);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ENTRY).process(floor);
            }
        });
    }

    @Override
    void prepare(Message message, long seq) {
        ComponentVariant.textAndTag(message, seq);
    }

    @Override
    Exception check(Exchange exchange) {
        return ComponentVariant.messageIdCheck(exchange);
    }
}
