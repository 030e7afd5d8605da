/**
 * The request, answer and callback types of Bandwidth's multi-channel API ({@code POST
 * /users/{accountId}/messages/multiChannel}, Beta): RCS Business Messaging (RBM) with SMS and MMS fallback, shaped
 * after the schemas of Bandwidth's OpenAPI spec ({@code multiChannelMessageRequest},
 * {@code createMultiChannelMessageResponse}, {@code inboundCallbackMessage}).
 * <p>
 * A request is a recipient and a channel list tried in order
 * ({@link io.camelbandwidth.messaging.model.multichannel.ChannelListItem}): RBM content
 * ({@link io.camelbandwidth.messaging.model.multichannel.RbmContent}: text, media, a standalone card or a carousel,
 * with suggested replies and actions, {@link io.camelbandwidth.messaging.model.multichannel.RbmAction}), SMS text or
 * MMS text and media. Depends on Jackson only, like the rest of {@code model}.
 */
package io.camelbandwidth.messaging.model.multichannel;
