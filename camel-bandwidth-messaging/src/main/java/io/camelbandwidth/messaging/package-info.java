/**
 * The {@code bandwidth-sms} Camel component: what Camel and its users see. The component, endpoint, configuration,
 * producer and consumer; the header names ({@link io.camelbandwidth.messaging.BandwidthSmsConstants}); the operations;
 * the typed exceptions, each saying whether a retry is safe, and the predicates for redelivery policies; the health
 * check, dev console and statistics.
 * <p>
 * The classes here wire the internals up: {@code send} (what the producer does), {@code callback} (what the consumer
 * does) and {@code client} (the HTTP client to Bandwidth). The request, answer and callback types are in
 * {@code model}.
 */
package io.camelbandwidth.messaging;
