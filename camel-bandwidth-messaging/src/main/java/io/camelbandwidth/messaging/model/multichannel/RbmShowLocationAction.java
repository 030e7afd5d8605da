package io.camelbandwidth.messaging.model.multichannel;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A suggestion that shows a place on a map (schema {@code rbmActionViewLocation}); see {@link RbmAction#showLocation}.
 * The coordinates travel as strings, as the spec declares them.
 */
public final class RbmShowLocationAction extends RbmAction {

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private Double latitude;
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    private Double longitude;
    private String label;

    public RbmShowLocationAction() {
        setType(Type.SHOW_LOCATION);
    }

    RbmShowLocationAction(String text, String postback) {
        super(Type.SHOW_LOCATION, text, postback);
    }

    /** Sets the label and returns this action, for chaining. */
    public RbmShowLocationAction label(String label) {
        setLabel(label);
        return this;
    }

    /** Required, in [-90, 90]. */
    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    /** Required, in [-180, 180]. */
    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    /** The name of the place, at most 100 characters. */
    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
