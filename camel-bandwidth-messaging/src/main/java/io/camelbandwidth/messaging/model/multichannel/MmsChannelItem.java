package io.camelbandwidth.messaging.model.multichannel;

/**
 * A channel list entry on channel {@code MMS} (schema {@code multiChannelChannelListMMSObject}); see
 * {@link ChannelListItem#mms}.
 */
public final class MmsChannelItem extends ChannelListItem {

    private MmsContent content;

    @Override
    public MessageChannel getChannel() {
        return MessageChannel.MMS;
    }

    @Override
    public MmsContent getContent() {
        return content;
    }

    public void setContent(MmsContent content) {
        this.content = content;
    }

    @Override
    public MmsChannelItem copy() {
        MmsChannelItem copy = copyInto(new MmsChannelItem());
        copy.setContent(content);
        return copy;
    }
}
