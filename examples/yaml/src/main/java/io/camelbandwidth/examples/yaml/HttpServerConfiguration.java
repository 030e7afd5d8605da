package io.camelbandwidth.examples.yaml;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * The HTTP server that {@code platform-http} serves on: Vert.x, on {@code {{rest.host}}:{{rest.port}}}.
 */
public class HttpServerConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext camelContext) throws Exception {
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost(camelContext.resolvePropertyPlaceholders("{{rest.host}}"));
        server.setBindPort(Integer.parseInt(camelContext.resolvePropertyPlaceholders("{{rest.port}}")));
        camelContext.addService(new VertxPlatformHttpServer(server));
    }
}
