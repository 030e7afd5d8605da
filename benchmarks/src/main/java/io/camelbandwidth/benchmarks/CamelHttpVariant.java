package io.camelbandwidth.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;

/**
 * (c) What a Camel user writes today without the component: build the request as a Map, set the headers by hand,
 * {@code marshal().json()}, {@code to("http://...")} (camel-http: blocking HttpClient 5 classic), {@code unmarshal()}.
 * camel-http blocks its thread for the whole exchange, so concurrency comes from threads, as it would from
 * {@code concurrentConsumers} of a JMS or SEDA consumer: {@code threads(256)}. Its pool is sized like the component's.
 */
final class CamelHttpVariant extends CamelRouteVariant {

    static final int THREADS = 256;

    private final Target target;

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
    void addRoutes(CamelContext context) throws Exception {
        HttpComponent http = context.getComponent("http", HttpComponent.class);
        http.setMaxTotalConnections(200);
        http.setConnectionsPerRoute(100);
        String authorization = target.basicAuthorization();
        String uri = target.messagesUri();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(ENTRY)
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
    }

    @Override
    void prepare(Message message, long seq) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("applicationId", target.applicationId());
        request.put("to", List.of(target.to()));
        request.put("from", target.from());
        request.put("text", Variant.text(seq));
        request.put("tag", Variant.tag(seq));
        message.setBody(request);
    }

    @Override
    Exception check(Exchange exchange) {
        Exception failure = exchange.getException();
        if (failure == null && !(exchange.getMessage().getBody() instanceof Map<?, ?> answer
                                 && answer.get("id") != null)) {
            failure = new IllegalStateException("no message id in " + exchange.getMessage().getBody());
        }
        return failure;
    }
}
