/**
 * Internal: the component's Micrometer meters (docs/operations.md, "Metrics"). The interfaces here
 * ({@link io.camelbandwidth.messaging.metrics.BandwidthMetrics} and what it hands out) name no Micrometer type, so that
 * the producer, the consumer and the OAuth2 token source can record through them whether Micrometer is on the class
 * path or not; {@code NONE} records nothing. Only the {@code Micrometer*} classes touch Micrometer, and they are loaded
 * only when Micrometer is present and a {@code MeterRegistry} is bound in the Camel registry.
 * <p>
 * May use the component's API types (operations, exceptions), {@code model} and the {@code callback} handler
 * interface; never the component, endpoint, producer or consumer classes. Not API: it may change in any release.
 */
package io.camelbandwidth.messaging.metrics;
