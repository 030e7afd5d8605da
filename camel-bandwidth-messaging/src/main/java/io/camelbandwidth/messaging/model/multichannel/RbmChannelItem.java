package io.camelbandwidth.messaging.model.multichannel;

/**
 * A channel list entry on channel {@code RBM} (schema {@code multiChannelChannelListRBMObject}); see
 * {@link ChannelListItem#rbm}.
 */
public final class RbmChannelItem extends ChannelListItem {

    private RbmContent content;

    @Override
    public MessageChannel getChannel() {
        return MessageChannel.RBM;
    }

    @Override
    public RbmContent getContent() {
        return content;
    }

    public void setContent(RbmContent content) {
        this.content = content;
    }

    @Override
    public RbmChannelItem copy() {
        RbmChannelItem copy = copyInto(new RbmChannelItem());
        copy.setContent(content);
        return copy;
    }
}
