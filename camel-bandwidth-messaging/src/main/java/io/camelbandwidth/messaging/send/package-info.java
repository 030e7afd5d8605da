/**
 * Internal: how the producer turns an exchange into Bandwidth calls. One {@link
 * io.camelbandwidth.messaging.send.OperationHandler} per operation; for sending, resolving the request from body,
 * headers and options, checking it against Bandwidth's rules, estimating its segments, spreading sends to a rate, and
 * reading local media to upload.
 * <p>
 * May use the component's API types (configuration, constants, exceptions), {@code model}, {@code client} and
 * {@code support}; never the component, endpoint or producer classes, which hand it what it needs. Not API: it may
 * change in any release.
 */
package io.camelbandwidth.messaging.send;
