package com.stillpoint.platform.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the service uses Kafka.
 *
 * @param partitions           partitions of each platform topic when this service creates it
 * @param replicationFactor    replicas of each topic (1 locally, 3 in production)
 * @param retries              blocking retries of a failing record before it goes to the dead-letter topic
 * @param retryInitialInterval the first retry's delay; each next one doubles, up to 10 times it
 */
@ConfigurationProperties("stillpoint.kafka")
public record MessagingProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("3") int retries,
        @DefaultValue("200ms") Duration retryInitialInterval) {
}
