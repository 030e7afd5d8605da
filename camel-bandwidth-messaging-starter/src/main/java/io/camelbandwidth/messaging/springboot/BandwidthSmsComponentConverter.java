package io.camelbandwidth.messaging.springboot;

import java.util.Set;

import io.camelbandwidth.messaging.BandwidthRateLimiter;
import io.camelbandwidth.messaging.BandwidthSmsConfiguration;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds {@code #bean:name} (or {@code #name}) in the object-typed properties ({@code configuration},
 * {@code ssl-context-parameters}, {@code idempotent-repository}, {@code rate-limiter}) to the Spring bean of that
 * name, as Camel's generated starters do: a value that is not a reference binds nothing, so the option stays unset.
 */
@ConfigurationPropertiesBinding
public class BandwidthSmsComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public BandwidthSmsComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, BandwidthSmsConfiguration.class),
                new ConvertiblePair(String.class, SSLContextParameters.class),
                new ConvertiblePair(String.class, IdempotentRepository.class),
                new ConvertiblePair(String.class, BandwidthRateLimiter.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#")) {
            return null;
        }
        ref = ref.startsWith("#bean:") ? ref.substring(6) : ref.substring(1);
        return applicationContext.getBean(ref, targetType.getType());
    }
}
