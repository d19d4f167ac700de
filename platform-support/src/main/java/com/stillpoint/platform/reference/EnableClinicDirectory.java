package com.stillpoint.platform.reference;

import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Gives a service its own {@link ClinicDirectory}, kept current from booking-service's reference topic. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(ClinicDirectoryConfiguration.class)
public @interface EnableClinicDirectory {
}
