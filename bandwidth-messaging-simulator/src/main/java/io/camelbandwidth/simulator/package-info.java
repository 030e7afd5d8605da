/**
 * An embeddable HTTP simulator of Bandwidth's Messaging API v2 (messages, media, OAuth2 tokens, status and inbound
 * webhooks) for tests, examples and benchmarks that run without a Bandwidth account. {@link BandwidthSimulator} is
 * the one entry point ({@link BandwidthSimulatorMain} runs it as a process); the other public types are what it
 * records or is told ({@link AcceptedMessage}, {@link Faults}, {@link DeliveryPolicy}, ...) and the
 * {@link SegmentCounter} its answers use. Everything else is package-private.
 *
 * <p>Its rules (request validation, limits, error bodies and statuses, asynchronous {@code message-failed} errors)
 * are written from Bandwidth's public API reference and OpenAPI spec, independently of the component's own rules,
 * on purpose: a test that runs the component against the simulator then catches a component rule that is stricter
 * or looser than Bandwidth's, which a shared rule would hide. So never copy or import a rule from the component:
 * when the two disagree, Bandwidth's documentation decides which one is wrong.
 *
 * <p>It uses only the JDK (its {@code com.sun.net.httpserver} server, {@code java.net.http} for webhooks) and
 * Jackson; never the component.
 */
package io.camelbandwidth.simulator;
