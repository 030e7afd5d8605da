package io.camelbandwidth.messaging.model.multichannel;

/**
 * A channel list entry on channel {@code SMS} (schema {@code multiChannelChannelListSMSObject}); see
 * {@link ChannelListItem#sms}.
 */
public final class SmsChannelItem extends ChannelListItem {

    private SmsContent content;

    @Override
    public MessageChannel getChannel() {
        return MessageChannel.SMS;
    }

    @Override
    public SmsContent getContent() {
        return content;
    }

    public void setContent(SmsContent content) {
        this.content = content;
    }

    @Override
    public SmsChannelItem copy() {
        SmsChannelItem copy = copyInto(new SmsChannelItem());
        copy.setContent(content);
        return copy;
    }
}
