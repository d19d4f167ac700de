package com.stillpoint.contracts.intake;

import com.stillpoint.contracts.IntegrationEvent;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A client must fill in intake or consent before an appointment.
 *
 * @param link      the client's one-time link; a secret, so consumers never log it
 * @param expiresAt when the link stops working (the appointment's start)
 */
public record IntakeRequested(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String intakeRequestId,
        String appointmentId,
        String clientId,
        String clinicId,
        URI link,
        Instant expiresAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return clientId;
    }
}
