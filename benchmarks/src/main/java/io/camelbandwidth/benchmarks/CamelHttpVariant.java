package io.camelbandwidth.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * (c) What a Camel user writes today without the component: build the request as a Map, set the headers by hand,
 * {@code marshal().json()}, {@code to("http://...")} (camel-http: blocking HttpClient 5 classic), {@code unmarshal()}.
 * camel-http blocks its thread for the whole exchange, so concurrency comes from threads, as it would from
 * {@code concurrentConsumers} of a JMS or SEDA consumer: {@code threads(256)}. Its pool is sized like the component's.
 */
final class CamelHttpVariant implements Variant {

    static final int THREADS = 256;

    private final Target target;
    private CamelContext context;
    private AsyncProducer producer;

    CamelHttpVariant(Target target) {
        this.target = target;
    }

    @Override
    public String key() {
        return "c";
    }

    @Override
    public String description() {
        return "Camel route without the component: marshal().json() + camel-http, threads(" + THREADS + ")";
    }

    @Override
    public void start() throws Exception {
        context = new DefaultCamelContext();
        HttpComponent http = context.getComponent("http", HttpComponent.class);
        http.setMaxTotalConnections(200);
        http.setConnectionsPerRoute(100);
        String authorization = target.basicAuthorization();
        String uri = target.messagesUri();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send")
                        .threads(THREADS, THREADS)
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("Accept", constant("application/json"))
                        .setHeader("Authorization", constant(authorization))
                        .marshal().json()
                        .to(uri)
                        .unmarshal().json();
            }
        });
        context.start();
        producer = context.getEndpoint("direct:send").createAsyncProducer();
        producer.start();
    }

    @Override
    public void send(long seq, Completion completion) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("applicationId", target.applicationId());
        request.put("to", List.of(target.to()));
        request.put("from", target.from());
        request.put("text", Variant.text(seq));
        request.put("tag", Variant.tag(seq));
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(request);
        producer.process(exchange, doneSync -> {
            Exception failure = exchange.getException();
            if (failure == null && !(exchange.getMessage().getBody() instanceof Map<?, ?> answer
                                     && answer.get("id") != null)) {
                failure = new IllegalStateException("no message id in " + exchange.getMessage().getBody());
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
