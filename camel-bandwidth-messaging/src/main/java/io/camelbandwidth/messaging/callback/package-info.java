/**
 * Internal: how the consumer answers Bandwidth's webhooks. Checking what the headers decide before the body is read
 * (credentials, declared size, content type: {@code WebhookGate}, platform-http's security handler), reading and
 * parsing the body into events, and routing one exchange per event (with an optional idempotent repository; an element
 * that is not an event goes to the consumer's exception handler), answering only when every event is done.
 * <p>
 * May use the component's API types (configuration, constants, exceptions), {@code model} and {@code support}, and
 * Camel's own {@link org.apache.camel.Consumer} and platform-http SPI; never the component, endpoint or consumer
 * classes, which hand it what it needs. Not API: it may change in any release.
 */
package io.camelbandwidth.messaging.callback;
