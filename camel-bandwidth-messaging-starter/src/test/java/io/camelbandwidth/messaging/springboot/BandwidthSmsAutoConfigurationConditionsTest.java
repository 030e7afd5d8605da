package io.camelbandwidth.messaging.springboot;

import io.camelbandwidth.messaging.BandwidthSmsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switches of Camel's generated starters: {@code camel.component.bandwidth-sms.enabled} and the global
 * {@code camel.component.enabled} (hierarchical: the component's own switch wins), the customizer switches; bean
 * references as the generated converters bind them; the webhook filter is there in a servlet web application only.
 */
class BandwidthSmsAutoConfigurationConditionsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    BandwidthSmsComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.bandwidth-sms.application-id=app-from-properties");

    private static String applicationIdOf(CamelContext camel) {
        return camel.getComponent("bandwidth-sms", BandwidthSmsComponent.class).getConfiguration().getApplicationId();
    }

    @Test
    void enabledByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(BandwidthSmsComponentConfiguration.class);
            assertThat(context).hasBean("configureBandwidthSmsComponent");
            assertEquals("app-from-properties", applicationIdOf(context.getBean(CamelContext.class)));
        });
    }

    @Test
    void enabledFalseLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.bandwidth-sms.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(BandwidthSmsComponentConfiguration.class);
            assertThat(context).doesNotHaveBean(ComponentCustomizer.class);
            assertNull(applicationIdOf(context.getBean(CamelContext.class)), "not configured from properties");
        });
    }

    @Test
    void theGlobalComponentSwitchTurnsItOffToo() {
        runner.withPropertyValues("camel.component.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(BandwidthSmsComponentConfiguration.class);
            assertThat(context).doesNotHaveBean(ComponentCustomizer.class);
            assertNull(applicationIdOf(context.getBean(CamelContext.class)), "not configured from properties");
        });
    }

    @Test
    void theComponentSwitchOverridesTheGlobalOne() {
        runner.withPropertyValues("camel.component.enabled=false", "camel.component.bandwidth-sms.enabled=true")
                .run(context -> assertEquals("app-from-properties", applicationIdOf(context.getBean(CamelContext.class))));
    }

    @Test
    void customizerCanBeSwitchedOff() {
        runner.withPropertyValues("camel.component.bandwidth-sms.customizer.enabled=false").run(context -> {
            assertNull(applicationIdOf(context.getBean(CamelContext.class)));
        });
    }

    @Test
    void configurationBeanIsReferencedByName() {
        runner.withPropertyValues("camel.component.bandwidth-sms.configuration=#bean:sharedSms")
                .withBean("sharedSms", io.camelbandwidth.messaging.BandwidthSmsConfiguration.class, () -> {
                    io.camelbandwidth.messaging.BandwidthSmsConfiguration conf
                            = new io.camelbandwidth.messaging.BandwidthSmsConfiguration();
                    conf.setTag("from-bean");
                    return conf;
                })
                .run(context -> {
                    BandwidthSmsComponent component = context.getBean(CamelContext.class)
                            .getComponent("bandwidth-sms", BandwidthSmsComponent.class);
                    assertEquals("from-bean", component.getConfiguration().getTag());
                    assertEquals("app-from-properties", component.getConfiguration().getApplicationId(),
                            "a property set beside the bean still applies");
                });
    }

    @Test
    void aValueThatIsNotABeanReferenceIsIgnoredAsByCamelsGeneratedStarters() {
        runner.withPropertyValues("camel.component.bandwidth-sms.ssl-context-parameters=not-a-reference",
                "camel.component.bandwidth-sms.rate-limiter=also-not-one").run(context -> {
                    assertThat(context).hasNotFailed();
                    BandwidthSmsComponentConfiguration properties
                            = context.getBean(BandwidthSmsComponentConfiguration.class);
                    assertNull(properties.getSslContextParameters());
                    assertNull(properties.getRateLimiter());
                    assertEquals("app-from-properties", applicationIdOf(context.getBean(CamelContext.class)));
                });
    }

    @Test
    void aReferenceToAMissingBeanFailsTheStart() {
        runner.withPropertyValues("camel.component.bandwidth-sms.ssl-context-parameters=#bean:nope")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void theWebhookFilterComesWithAServletWebApplicationOnly() {
        AutoConfigurations configurations = AutoConfigurations.of(CamelAutoConfiguration.class,
                BandwidthWebhookFilterAutoConfiguration.class);
        new WebApplicationContextRunner().withConfiguration(configurations)
                .run(context -> assertThat(context).hasBean("bandwidthWebhookFilter"));
        new ApplicationContextRunner().withConfiguration(configurations)
                .run(context -> assertThat(context).doesNotHaveBean("bandwidthWebhookFilter"));
    }
}
