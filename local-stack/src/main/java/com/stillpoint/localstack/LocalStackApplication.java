package com.stillpoint.localstack;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The local platform launcher and dev console: {@code bin/run-local}. Runs from a plain class path, not a fat jar,
 * because the Kafka and MongoDB processes it starts reuse that class path.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LocalStackApplication {

    /** The configuration file's name; not {@code application}, which the services on shared class paths use. */
    public static final String CONFIG_NAME = "local-stack";

    public static void main(String[] args) {
        new SpringApplicationBuilder(LocalStackApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
