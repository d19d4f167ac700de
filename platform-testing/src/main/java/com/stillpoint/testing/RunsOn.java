package com.stillpoint.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pins a test class to one infrastructure, whatever the JVM-wide switch says. Used by the Testcontainers variants
 * of a test, which subclass it and add {@code @Testcontainers(disabledWithoutDocker = true)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface RunsOn {

    InfrastructureKind value();
}
