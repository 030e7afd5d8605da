package io.camelbandwidth.messaging.model.multichannel;

import java.time.OffsetDateTime;

/**
 * A suggestion that adds an event to the recipient's calendar (schema {@code multiChannelActionCalendarEvent}); see
 * {@link RbmAction#calendarEvent}.
 */
public final class RbmCalendarEventAction extends RbmAction {

    private String title;
    private OffsetDateTime startTime;
    private OffsetDateTime endTime;
    private String description;

    public RbmCalendarEventAction() {
        setType(Type.CREATE_CALENDAR_EVENT);
    }

    RbmCalendarEventAction(String text, String postback) {
        super(Type.CREATE_CALENDAR_EVENT, text, postback);
    }

    /** Sets the description and returns this action, for chaining. */
    public RbmCalendarEventAction description(String description) {
        setDescription(description);
        return this;
    }

    /** The event's title, required, at most 100 characters. */
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** Required. */
    public OffsetDateTime getStartTime() {
        return startTime;
    }

    public void setStartTime(OffsetDateTime startTime) {
        this.startTime = startTime;
    }

    /** Required. */
    public OffsetDateTime getEndTime() {
        return endTime;
    }

    public void setEndTime(OffsetDateTime endTime) {
        this.endTime = endTime;
    }

    /** At most 500 characters. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
