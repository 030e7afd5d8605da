package io.camelbandwidth.messaging.model.multichannel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.camelbandwidth.messaging.model.MessagePriority;

/**
 * A multi-channel message: the body of {@code POST /users/{accountId}/messages/multiChannel} (schema
 * {@code multiChannelMessageRequest}, Beta). One recipient and up to 4 channel list entries that Bandwidth tries in
 * order, stopping at the first that is sent: typically RBM first, SMS or MMS as the fallback.
 *
 * <pre>{@code
 * MultiChannelMessageRequest request = MultiChannelMessageRequest.to("+15554443333")
 *         .channel(ChannelListItem.rbm("BandwidthRBM", RbmContent.text("Your order shipped")
 *                 .suggestions(RbmAction.reply("Track it", "track:42"))))
 *         .channel(ChannelListItem.sms("+15551113333", "Your order shipped: https://example.com/track/42"))
 *         .tag("order-42");
 * }</pre>
 *
 * Fields left {@code null} take the {@code CamelBandwidth*} headers, then the endpoint options, when it is sent
 * ({@code to}, {@code tag}, {@code priority}, {@code expiration}, and each entry's {@code from} and
 * {@code applicationId}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class MultiChannelMessageRequest {

    private String to;
    private List<ChannelListItem> channelList;
    private String tag;
    private MessagePriority priority;
    private OffsetDateTime expiration;

    public MultiChannelMessageRequest() {
    }

    /** A request to one recipient (E.164), channels to be added with {@link #channel}. */
    public static MultiChannelMessageRequest to(String to) {
        MultiChannelMessageRequest request = new MultiChannelMessageRequest();
        request.setTo(to);
        return request;
    }

    /** Adds an entry at the end of the channel list (tried after the ones before it), for chaining. */
    public MultiChannelMessageRequest channel(ChannelListItem item) {
        if (channelList == null) {
            channelList = new ArrayList<>();
        }
        channelList.add(item);
        return this;
    }

    /** Sets the tag, for chaining. */
    public MultiChannelMessageRequest tag(String tag) {
        setTag(tag);
        return this;
    }

    /** A copy whose fields, list and entries can be set without touching this request (contents are shared). */
    public MultiChannelMessageRequest copy() {
        MultiChannelMessageRequest copy = new MultiChannelMessageRequest();
        copy.to = to;
        if (channelList != null) {
            copy.channelList = new ArrayList<>(channelList.size());
            channelList.forEach(item -> copy.channelList.add(item == null ? null : item.copy()));
        }
        copy.tag = tag;
        copy.priority = priority;
        copy.expiration = expiration;
        return copy;
    }

    /** The one recipient, in E.164 format. */
    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** The entries, in the order Bandwidth tries them (1 to 4). */
    public List<ChannelListItem> getChannelList() {
        return channelList;
    }

    public void setChannelList(List<ChannelListItem> channelList) {
        this.channelList = channelList;
    }

    /** A custom string echoed in every callback of the message, at most 1024 characters. */
    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public MessagePriority getPriority() {
        return priority;
    }

    public void setPriority(MessagePriority priority) {
        this.priority = priority;
    }

    /** When the message expires if it has not been sent by then; must be in the future. */
    public OffsetDateTime getExpiration() {
        return expiration;
    }

    public void setExpiration(OffsetDateTime expiration) {
        this.expiration = expiration;
    }

    @Override
    public String toString() {
        // no number, text or tag: toString() ends up in logs
        return "MultiChannelMessageRequest[channels=" + (channelList == null ? List.of()
                : channelList.stream().map(item -> item == null ? null : item.getChannel()).toList()) + "]";
    }
}
