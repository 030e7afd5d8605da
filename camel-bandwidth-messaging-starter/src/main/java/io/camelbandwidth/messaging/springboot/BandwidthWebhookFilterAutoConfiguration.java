package io.camelbandwidth.messaging.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Puts {@link BandwidthWebhookFilter} in front of the servlet engine when platform-http serves through it
 * ({@code camel-platform-http-starter}), so that a bandwidth-sms consumer refuses a callback from its headers before
 * the body is read. Exclude this auto-configuration to do without.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpEngine")
@ConditionalOnBean(CamelContext.class)
public class BandwidthWebhookFilterAutoConfiguration {

    @Bean
    public FilterRegistrationBean<BandwidthWebhookFilter> bandwidthWebhookFilter(CamelContext camelContext) {
        FilterRegistrationBean<BandwidthWebhookFilter> registration
                = new FilterRegistrationBean<>(new BandwidthWebhookFilter(camelContext));
        registration.setName("bandwidthWebhookFilter");
        // before anything that could read the body (form parsing, request logging)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
