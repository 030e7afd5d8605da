/**
 * Internal: the HTTP client to Bandwidth. The calls of the Messaging API, non-blocking on Apache HttpClient 5; the
 * pooled clients a component shares ({@link io.camelbandwidth.messaging.client.ClientRegistry}); OAuth2 client
 * credentials and legacy Basic; and the mapping of answers and transport failures to the typed exceptions.
 * <p>
 * May use the component's API types (configuration, exceptions), {@code model}, {@code support} and the recording
 * interfaces of {@code metrics}; never the component, endpoint, producer or consumer classes. Not API: it may change in any release.
 */
package io.camelbandwidth.messaging.client;
