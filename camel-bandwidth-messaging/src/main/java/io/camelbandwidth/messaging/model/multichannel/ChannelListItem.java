package io.camelbandwidth.messaging.model.multichannel;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One entry of a multi-channel channel list (schema {@code multiChannelChannelListRequestObject}, discriminated by
 * {@code channel}): who sends it, on which channel, with which content. Bandwidth tries the entries in their order
 * and stops at the first that is sent.
 *
 * <pre>{@code
 * ChannelListItem.rbm("BandwidthRBM", RbmContent.text("Your order shipped"))
 * ChannelListItem.sms("+15551113333", "Your order shipped")
 * }</pre>
 *
 * A {@code from} or {@code applicationId} left {@code null} takes the header, then the endpoint option, of the same
 * name when the message is sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "from", "applicationId", "channel", "content", "owner" })
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "channel")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RbmChannelItem.class, name = "RBM"),
        @JsonSubTypes.Type(value = SmsChannelItem.class, name = "SMS"),
        @JsonSubTypes.Type(value = MmsChannelItem.class, name = "MMS") })
public abstract class ChannelListItem {

    private String from;
    private String applicationId;
    private String owner;

    ChannelListItem() {
    }

    /** An RBM entry: {@code from} is the RBM sender id (agent) Bandwidth gave you. */
    public static RbmChannelItem rbm(String from, RbmContent content) {
        RbmChannelItem item = new RbmChannelItem();
        item.setFrom(from);
        item.setContent(content);
        return item;
    }

    /** An SMS entry: {@code from} is your Bandwidth number (or alphanumeric sender id). */
    public static SmsChannelItem sms(String from, String text) {
        SmsChannelItem item = new SmsChannelItem();
        item.setFrom(from);
        item.setContent(SmsContent.of(text));
        return item;
    }

    /** An MMS entry: text (may be {@code null}) and media URLs. */
    public static MmsChannelItem mms(String from, String text, String... mediaUrls) {
        List<MmsMediaFile> media = new ArrayList<>(mediaUrls.length);
        for (String url : mediaUrls) {
            media.add(MmsMediaFile.of(url));
        }
        MmsChannelItem item = new MmsChannelItem();
        item.setFrom(from);
        item.setContent(MmsContent.of(text, media));
        return item;
    }

    /** Sets the messaging application and returns this entry, for chaining. */
    public ChannelListItem applicationId(String applicationId) {
        setApplicationId(applicationId);
        return this;
    }

    /** The channel of this entry. */
    public abstract MessageChannel getChannel();

    /** The content of this entry: {@link RbmContent}, {@link SmsContent} or {@link MmsContent}. */
    public abstract Object getContent();

    /** A copy of this entry (its content is shared, not copied), whose fields can be set without touching this one. */
    public abstract ChannelListItem copy();

    /** Copies the fields every entry has into another one. */
    <T extends ChannelListItem> T copyInto(T target) {
        target.setFrom(from);
        target.setApplicationId(applicationId);
        target.setOwner(owner);
        return target;
    }

    /** The sender: an RBM sender id, or a Bandwidth number or alphanumeric sender id for SMS and MMS. */
    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /** The messaging application of {@code from}. */
    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    /** In Bandwidth's answer only: the Bandwidth sender id of the message (identical to {@code from}). */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    @Override
    public String toString() {
        // no sender, no content: this ends up in logs
        return getClass().getSimpleName() + "[channel=" + getChannel() + ", applicationId=" + applicationId + "]";
    }
}
