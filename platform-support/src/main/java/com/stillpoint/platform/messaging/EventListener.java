package com.stillpoint.platform.messaging;

import org.springframework.kafka.annotation.KafkaHandler;

/**
 * Base of a class-level {@code @KafkaListener} with one {@code @KafkaHandler} per event type it cares about.
 * A topic carries more types than any one consumer handles, and newer producers add types; those are skipped here
 * instead of failing into the dead-letter topic.
 */
public abstract class EventListener {

    @KafkaHandler(isDefault = true)
    public void skip(Object event) {
        // Not this consumer's concern.
    }
}
