package com.stillpoint.platform.aggregate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the outbox relay runs.
 *
 * @param sweepInterval how often the relay looks for events the immediate publish missed
 * @param sendTimeout   how long one publish waits for the broker's acknowledgement
 * @param threads       publisher threads for immediate publishes
 */
@ConfigurationProperties("stillpoint.outbox")
public record OutboxProperties(
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("2") int threads) {
}
