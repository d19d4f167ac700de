package com.stillpoint.contracts.intake;

import com.stillpoint.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * The intake status of one appointment changed. Staff calendars show it; reminders stop nudging once it is done.
 * It never says what the client answered.
 */
public record IntakeStatusChanged(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String appointmentId,
        String clientId,
        IntakeReadiness readiness) implements IntegrationEvent {

    @Override
    public String subject() {
        return clientId;
    }
}
