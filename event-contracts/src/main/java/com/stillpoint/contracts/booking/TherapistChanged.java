package com.stillpoint.contracts.booking;

import com.stillpoint.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The latest public details of a therapist, on a compacted topic.
 *
 * @param skills modalities and approaches, e.g. {@code SWEDISH}, {@code TRAUMA_INFORMED}
 * @param active false once the therapist left the chain
 */
public record TherapistChanged(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String therapistId,
        String name,
        Set<String> skills,
        boolean active) implements IntegrationEvent {

    /** Skills sorted, so the event always serialises the same way. */
    public TherapistChanged {
        skills = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(skills));
    }

    @Override
    public String subject() {
        return therapistId;
    }
}
