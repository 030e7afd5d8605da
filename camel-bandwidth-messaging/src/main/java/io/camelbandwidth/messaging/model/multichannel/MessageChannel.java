package io.camelbandwidth.messaging.model.multichannel;

/**
 * The channel of one entry of a multi-channel channel list (schema {@code multiChannelMessageChannelEnum}).
 */
public enum MessageChannel {
    /** RCS Business Messaging: rich content to RCS-capable handsets. */
    RBM,
    SMS,
    MMS
}
