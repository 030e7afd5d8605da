package io.camelbandwidth.messaging.model.multichannel;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.camelbandwidth.messaging.model.MessagePriority;

/**
 * The message Bandwidth accepted (schema {@code multiChannelMessageResponseData}): the {@code data} of its answer.
 * Accepted means queued; which channel delivered it, if any, arrives later in the status callbacks
 * ({@code message.channel}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class MultiChannelMessage {

    private String id;
    private OffsetDateTime time;
    private String direction;
    private List<String> to;
    private List<ChannelListItem> channelList;
    private String tag;
    private MessagePriority priority;
    private OffsetDateTime expiration;

    /** The id Bandwidth gave the message; its callbacks carry the same id. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** When Bandwidth received the message. */
    public OffsetDateTime getTime() {
        return time;
    }

    public void setTime(OffsetDateTime time) {
        this.time = time;
    }

    /** {@code out} for a message sent. */
    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public List<String> getTo() {
        return to;
    }

    public void setTo(List<String> to) {
        this.to = to;
    }

    /** The entries as Bandwidth took them, each with its {@code owner}. */
    public List<ChannelListItem> getChannelList() {
        return channelList;
    }

    public void setChannelList(List<ChannelListItem> channelList) {
        this.channelList = channelList;
    }

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

    public OffsetDateTime getExpiration() {
        return expiration;
    }

    public void setExpiration(OffsetDateTime expiration) {
        this.expiration = expiration;
    }

    @Override
    public String toString() {
        return "MultiChannelMessage[id=" + id + ", direction=" + direction + "]";
    }
}
