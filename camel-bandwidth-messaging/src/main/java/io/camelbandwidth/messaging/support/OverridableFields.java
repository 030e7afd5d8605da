package io.camelbandwidth.messaging.support;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.camelbandwidth.messaging.BandwidthSmsConstants;
import io.camelbandwidth.messaging.BandwidthValidationException;
import io.camelbandwidth.messaging.model.MessageFields;

/**
 * The request fields an exchange may set (option {@code overridableFields}): a body field or {@code CamelBandwidth*}
 * header that sets another one is refused, so that whoever controls a body or a header (a REST caller, a message on
 * a queue) cannot change what the route owner fixed, such as the sender or the application. The text always comes
 * from the exchange.
 */
public final class OverridableFields {

    /** The request fields by name, with how to read each from a request. */
    private static final Map<String, Function<MessageFields, Object>> FIELDS = new LinkedHashMap<>();
    /** The header that sets each field. */
    private static final Map<String, String> HEADERS = Map.of(
            "to", BandwidthSmsConstants.TO, "from", BandwidthSmsConstants.FROM,
            "applicationId", BandwidthSmsConstants.APPLICATION_ID, "media", BandwidthSmsConstants.MEDIA,
            "tag", BandwidthSmsConstants.TAG, "priority", BandwidthSmsConstants.PRIORITY,
            "expiration", BandwidthSmsConstants.EXPIRATION);

    static {
        FIELDS.put("to", MessageFields::getTo);
        FIELDS.put("from", MessageFields::getFrom);
        FIELDS.put("applicationId", MessageFields::getApplicationId);
        FIELDS.put("media", MessageFields::getMedia);
        FIELDS.put("tag", MessageFields::getTag);
        FIELDS.put("priority", MessageFields::getPriority);
        FIELDS.put("expiration", MessageFields::getExpiration);
    }

    private final String option;
    /** {@code null}: every field. */
    private final Set<String> allowed;

    private OverridableFields(String option, Set<String> allowed) {
        this.option = option;
        this.allowed = allowed;
    }

    /**
     * @param  option                   the option's value: field names, comma-separated; {@code null} or blank for all
     * @throws IllegalArgumentException naming an unknown field
     */
    public static OverridableFields of(String option) {
        if (option == null || option.isBlank()) {
            return new OverridableFields(null, null);
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (String part : Coercion.commaSeparated(option)) {
            String name = part.strip();
            if (!FIELDS.containsKey(name)) {
                throw new IllegalArgumentException("overridableFields lists '" + name + "', which is none of "
                                                   + String.join(", ", FIELDS.keySet())
                                                   + (name.equals("text") ? " (the text always comes from the exchange)"
                                                           : ""));
            }
            allowed.add(name);
        }
        return new OverridableFields(String.join(",", allowed), allowed);
    }

    /**
     * @throws BandwidthValidationException naming the first field the request body sets that may not be set
     */
    public void checkBody(MessageFields body) {
        for (Map.Entry<String, Function<MessageFields, Object>> field : FIELDS.entrySet()) {
            if (field.getValue().apply(body) != null) {
                check(field.getKey(), field.getKey());
            }
        }
    }

    /**
     * @param  present                      whether the exchange carries a header
     * @throws BandwidthValidationException naming the first header that sets a field that may not be set
     */
    public void checkHeaders(Predicate<String> present) {
        for (String field : FIELDS.keySet()) {
            if (present.test(HEADERS.get(field))) {
                check(field, HEADERS.get(field));
            }
        }
    }

    /**
     * @param  field                        a request field the exchange sets
     * @param  source                       what sets it: the body field or the header, named in the failure
     * @throws BandwidthValidationException unless the field may be set
     */
    public void check(String field, String source) {
        if (allowed != null && !allowed.contains(field)) {
            throw new BandwidthValidationException(source, "may not be set by the exchange: the endpoint fixes the "
                                                           + field + " (overridableFields=" + option + ")");
        }
    }
}
