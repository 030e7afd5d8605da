package io.camelbandwidth.messaging.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a long stress or fuzz test (thousands of messages or inputs). {@code mvn -B verify} runs them all; a developer
 * runs the fast set with {@code -DexcludedGroups=stress}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("stress")
public @interface Stress {
}
