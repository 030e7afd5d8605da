/**
 * Internal: rules shared by sending, callbacks and configuration. What a header, field or option value may be
 * ({@link io.camelbandwidth.messaging.support.Coercion}), phone number and sender id rules, the checks of an
 * endpoint's configuration, and the component's one Jackson mapper.
 * <p>
 * May use the component's API types (configuration, exceptions) and {@code model}; nothing else of the component.
 * Not API: it may change in any release.
 */
package io.camelbandwidth.messaging.support;
