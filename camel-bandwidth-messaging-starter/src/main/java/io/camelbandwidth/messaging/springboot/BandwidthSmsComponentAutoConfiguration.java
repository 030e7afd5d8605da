package io.camelbandwidth.messaging.springboot;

import io.camelbandwidth.messaging.BandwidthSmsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code bandwidth-sms} component from {@code camel.component.bandwidth-sms.*} properties.
 * <p>
 * The component itself is not a bean: Camel creates it on first use (from its SPI file) and this customizer copies
 * the properties that are set onto it. As in Camel's generated starters, {@code camel.component.enabled=false} turns
 * this off for every component unless {@code camel.component.bandwidth-sms.enabled=true}, and
 * {@code camel.component.bandwidth-sms.enabled=false} turns it off alone; the customizer has its own switches,
 * {@code camel.component.customizer.enabled} and {@code camel.component.bandwidth-sms.customizer.enabled}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", BandwidthSmsComponentConfiguration.PREFIX })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, BandwidthSmsComponentConfiguration.class })
public class BandwidthSmsComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureBandwidthSmsComponent(CamelContext camelContext, ApplicationContext applicationContext,
                                                              BandwidthSmsComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, org.apache.camel.Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, org.apache.camel.Component target) {
                return target instanceof BandwidthSmsComponent
                       && HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                               BandwidthSmsComponentConfiguration.PREFIX + ".customizer");
            }
        };
    }

    @Bean
    @ConfigurationPropertiesBinding
    static BandwidthSmsComponentConverter bandwidthSmsComponentConverter(ApplicationContext applicationContext) {
        return new BandwidthSmsComponentConverter(applicationContext);
    }
}
