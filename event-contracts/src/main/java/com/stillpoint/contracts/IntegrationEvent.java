package com.stillpoint.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on the wire carries, whatever its type.
 *
 * <p>Contract rules: an event never holds health data; a schema evolves only by adding fields, and a breaking change
 * gets a new logical type (see {@link EventType}).
 */
public interface IntegrationEvent {

    /** Unique per event; consumers deduplicate on it. */
    UUID eventId();

    Instant occurredAt();

    /** The tenant. Every consumer works inside this chain only. */
    String chainId();

    /** The entity the event is about. It is the Kafka key, so a subject's events stay in order. */
    String subject();
}
