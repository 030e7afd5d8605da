/**
 * The request, answer and callback types of the Bandwidth Messaging API as the component's users see them: what a
 * route puts in a body ({@link io.camelbandwidth.messaging.model.MessageRequest},
 * {@link io.camelbandwidth.messaging.model.MessageQuery}, {@link io.camelbandwidth.messaging.model.MediaContent}) and
 * what it gets back ({@link io.camelbandwidth.messaging.model.BandwidthMessage},
 * {@link io.camelbandwidth.messaging.model.BandwidthCallback}, ...), shaped after Bandwidth's OpenAPI spec. Depends on
 * Jackson only, never on the rest of the component.
 */
package io.camelbandwidth.messaging.model;
