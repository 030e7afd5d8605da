package io.camelbandwidth.simulator;

/** One entry of the {@code fieldErrors} of a {@code 400 request-validation} answer. */
record FieldError(String fieldName, String description) {
}
