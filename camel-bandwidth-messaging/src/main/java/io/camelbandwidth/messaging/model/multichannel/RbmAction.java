package io.camelbandwidth.messaging.model.multichannel;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A suggested reply or action shown with RBM content (schema {@code multiChannelAction}, discriminated by
 * {@code type}). A reply ({@link Type#REPLY}) and a location request ({@link Type#REQUEST_LOCATION}) are this class;
 * the other actions are its subclasses, made by the factories below.
 * <p>
 * Every suggestion has a displayed text (at most 25 characters) and postback data (base64, at most 2048 characters)
 * that comes back in the {@code suggestion-response} callback when the recipient taps it. The factories take the
 * postback as text and encode it (UTF-8, base64); {@link #setPostbackData} takes it encoded.
 *
 * <pre>{@code
 * RbmAction.reply("Yes", "confirm:42")
 * RbmAction.dial("Call us", "call", "+15551113333")
 * RbmAction.openUrl("Track", "track:42", "https://example.com/track/42")
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
              visible = true, defaultImpl = RbmAction.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = RbmAction.class, names = { "REPLY", "REQUEST_LOCATION" }),
        @JsonSubTypes.Type(value = RbmDialAction.class, name = "DIAL_PHONE"),
        @JsonSubTypes.Type(value = RbmShowLocationAction.class, name = "SHOW_LOCATION"),
        @JsonSubTypes.Type(value = RbmCalendarEventAction.class, name = "CREATE_CALENDAR_EVENT"),
        @JsonSubTypes.Type(value = RbmOpenUrlAction.class, name = "OPEN_URL") })
public class RbmAction {

    /** The kind of suggestion (schema {@code rbmActionTypeEnum}). */
    public enum Type {
        /** A suggested reply. */
        REPLY,
        /** Dial a number ({@link RbmDialAction}). */
        DIAL_PHONE,
        /** Show a place on a map ({@link RbmShowLocationAction}). */
        SHOW_LOCATION,
        /** Add an event to the calendar ({@link RbmCalendarEventAction}). */
        CREATE_CALENDAR_EVENT,
        /** Open a web page ({@link RbmOpenUrlAction}). */
        OPEN_URL,
        /** Ask for the recipient's location, answered by a {@code requested-location-response} callback. */
        REQUEST_LOCATION
    }

    private Type type;
    private String text;
    private String postbackData;

    public RbmAction() {
    }

    RbmAction(Type type, String text, String postback) {
        this.type = type;
        this.text = text;
        this.postbackData = encode(postback);
    }

    /** A suggested reply. */
    public static RbmAction reply(String text, String postback) {
        return new RbmAction(Type.REPLY, text, postback);
    }

    /** A suggestion that asks for the recipient's location. */
    public static RbmAction requestLocation(String text, String postback) {
        return new RbmAction(Type.REQUEST_LOCATION, text, postback);
    }

    /** Dial {@code phoneNumber} (E.164). */
    public static RbmDialAction dial(String text, String postback, String phoneNumber) {
        RbmDialAction action = new RbmDialAction(text, postback);
        action.setPhoneNumber(phoneNumber);
        return action;
    }

    /** Show a place, latitude in [-90, 90], longitude in [-180, 180]. */
    public static RbmShowLocationAction showLocation(String text, String postback, double latitude, double longitude) {
        RbmShowLocationAction action = new RbmShowLocationAction(text, postback);
        action.setLatitude(latitude);
        action.setLongitude(longitude);
        return action;
    }

    /** Add an event (title at most 100 characters) to the recipient's calendar. */
    public static RbmCalendarEventAction calendarEvent(String text, String postback, String title,
                                                       OffsetDateTime startTime, OffsetDateTime endTime) {
        RbmCalendarEventAction action = new RbmCalendarEventAction(text, postback);
        action.setTitle(title);
        action.setStartTime(startTime);
        action.setEndTime(endTime);
        return action;
    }

    /** Open an http or https URL (in the browser unless {@link RbmOpenUrlAction#setApplication} says otherwise). */
    public static RbmOpenUrlAction openUrl(String text, String postback, String url) {
        RbmOpenUrlAction action = new RbmOpenUrlAction(text, postback);
        action.setUrl(url);
        return action;
    }

    private static String encode(String postback) {
        return postback == null ? null : Base64.getEncoder().encodeToString(postback.getBytes(StandardCharsets.UTF_8));
    }

    /** Required; fixed by the class for the actions that have one. */
    public Type getType() {
        return type;
    }

    public void setType(Type type) {
        this.type = type;
    }

    /** The text shown to the recipient, required, at most 25 characters. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Base64 data the {@code suggestion-response} callback carries back, required, at most 2048 characters. */
    public String getPostbackData() {
        return postbackData;
    }

    public void setPostbackData(String postbackData) {
        this.postbackData = postbackData;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[type=" + type + "]";
    }
}
