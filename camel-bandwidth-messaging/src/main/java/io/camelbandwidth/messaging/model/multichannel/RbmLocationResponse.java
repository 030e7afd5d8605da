package io.camelbandwidth.messaging.model.multichannel;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The location the recipient shared (schema {@code rbmLocationResponse}), in the {@code message.locationResponse} of
 * a {@code requested-location-response} callback: the answer to a {@link RbmAction#requestLocation} suggestion. The
 * coordinates travel as strings, as the spec declares them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RbmLocationResponse {

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private Double latitude;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private Double longitude;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    /** Fields this model does not name, as Jackson read them. */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }
}
