package io.camelbandwidth.benchmarks;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * A variant that is a Camel route {@code from("direct:send")...} in a context of its own. It is driven in one of two
 * ways, each measured as a variant of its own:
 * <ul>
 *   <li>as it is, through the {@code direct} endpoint's async producer with a callback, as an asynchronous consumer
 *       (platform-http, JMS with async routing, Kafka) drives a route: no thread waits for the answer;</li>
 *   <li>{@link #viaTemplate()}, key suffix {@code -pt}: through {@code ProducerTemplate.send}, one blocked caller
 *       thread per message in flight (the driver starts {@code c} threads), as application code calling Camel does.</li>
 * </ul>
 */
abstract class CamelRouteVariant implements Variant {

    static final String ENTRY = "direct:send";

    private CamelContext context;
    private Endpoint entry;
    private AsyncProducer producer;

    /** Adds the routes, one of them from {@link #ENTRY}, to a context that has not started yet. */
    abstract void addRoutes(CamelContext context) throws Exception;

    /** Puts message {@code seq} on the exchange's message: body and headers. */
    abstract void prepare(Message message, long seq);

    /** After the exchange completed: its failure, or a failure if the answer is missing; {@code null} if sent. */
    abstract Exception check(Exchange exchange);

    @Override
    public void start() throws Exception {
        context = new DefaultCamelContext();
        addRoutes(context);
        context.start();
        entry = context.getEndpoint(ENTRY);
        producer = entry.createAsyncProducer();
        producer.start();
    }

    @Override
    public void send(long seq, Completion completion) {
        Exchange exchange = new DefaultExchange(context);
        prepare(exchange.getMessage(), seq);
        producer.process(exchange, doneSync -> completion.done(check(exchange)));
    }

    /** This route driven through a {@code ProducerTemplate} by blocked caller threads; start it after this one. */
    Variant viaTemplate() {
        return new TemplateDriven();
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

    private final class TemplateDriven implements Variant {

        private ProducerTemplate template;

        @Override
        public String key() {
            return CamelRouteVariant.this.key() + "-pt";
        }

        @Override
        public String description() {
            return "(" + CamelRouteVariant.this.key() + ") driven by ProducerTemplate.send() from c caller threads";
        }

        @Override
        public boolean blocking() {
            return true;
        }

        @Override
        public void start() throws Exception {
            if (context == null) {
                throw new IllegalStateException("start (" + CamelRouteVariant.this.key() + ") first");
            }
            template = context.createProducerTemplate();
            template.start();
        }

        @Override
        public void send(long seq, Completion completion) {
            Exchange done = template.send(entry, exchange -> prepare(exchange.getMessage(), seq));
            completion.done(check(done));
        }

        @Override
        public void close() throws Exception {
            if (template != null) {
                template.stop();
            }
        }
    }
}
