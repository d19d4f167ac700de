package com.stillpoint.platform.reference;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.MongoOperations;

/** Projections of booking-service's reference data, for the services that consume it. */
@AutoConfiguration
public class ReferenceAutoConfiguration {

    /** Lazy: only services that consume the reference topic ever create its collection. */
    @Bean
    @Lazy
    ClinicDirectory clinicDirectory(MongoOperations mongo) {
        return new ClinicDirectory(mongo);
    }
}
