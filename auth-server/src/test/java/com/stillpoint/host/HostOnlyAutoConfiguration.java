package com.stillpoint.host;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the auto-configuration of a module that starts the auth server inside its own test JVM (MongoDB,
 * Kafka, the platform's outbox): on the class path, but none of the auth server's business.
 */
@AutoConfiguration
public class HostOnlyAutoConfiguration {

    @Bean
    HostOnlyBean hostOnlyBean() {
        return new HostOnlyBean();
    }

    public static class HostOnlyBean {
    }
}
