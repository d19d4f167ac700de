package com.stillpoint.contracts.intake;

import com.stillpoint.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A client needs prompt personal follow-up by clinic staff. Staff see why only in intake-service, where every read
 * is audited; the event itself says nothing about it.
 */
public record EscalationRaised(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String escalationId,
        String clientId,
        String clinicId,
        String appointmentId) implements IntegrationEvent {

    @Override
    public String subject() {
        return clientId;
    }
}
