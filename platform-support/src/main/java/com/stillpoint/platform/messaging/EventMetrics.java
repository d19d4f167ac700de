package com.stillpoint.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the consumers of a service did with the events they received, for the operations dashboard and alerts:
 * {@code stillpoint.events.processed} (outcome {@code processed} or {@code duplicate-skipped}),
 * {@code stillpoint.events.failed} (a failed attempt; each retry counts again) and
 * {@code stillpoint.events.dead-lettered}, tagged by consumer group or topic and logical event type.
 */
public class EventMetrics {

    private final MeterRegistry registry;

    EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void processed(String consumer, String type, boolean duplicate) {
        increment("stillpoint.events.processed", "consumer", consumer, "type", type,
                "outcome", duplicate ? "duplicate-skipped" : "processed");
    }

    void failed(String consumer, String type) {
        increment("stillpoint.events.failed", "consumer", consumer, "type", type);
    }

    void deadLettered(String topic, String type) {
        increment("stillpoint.events.dead-lettered", "topic", topic, "type", type);
    }

    private void increment(String name, String... tags) {
        Counter.builder(name).tags(tags).register(registry).increment();
    }
}
