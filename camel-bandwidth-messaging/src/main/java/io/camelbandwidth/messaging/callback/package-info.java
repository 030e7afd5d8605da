/**
 * Internal: how the consumer answers Bandwidth's webhooks. Checking the callback credentials, the content type and
 * size, parsing the JSON array of events, and routing one exchange per event (with an optional idempotent
 * repository), answering only when every event is done.
 * <p>
 * May use the component's API types (configuration, constants, exceptions), {@code model} and {@code support}, and
 * Camel's own {@link org.apache.camel.Consumer}; never the component, endpoint or consumer classes, which hand it what
 * it needs. Not API: it may change in any release.
 */
package io.camelbandwidth.messaging.callback;
