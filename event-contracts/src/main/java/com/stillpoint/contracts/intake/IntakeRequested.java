package com.stillpoint.contracts.intake;

import com.stillpoint.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A client must fill in intake or consent before an appointment.
 *
 * @param sealedLink the client's one-time link, sealed (AES-GCM) so that no topic or database holds a usable
 *                   token; notification-service opens it only to render the message
 * @param expiresAt  when the link stops working (the appointment's start)
 */
public record IntakeRequested(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String intakeRequestId,
        String appointmentId,
        String clientId,
        String clinicId,
        String sealedLink,
        Instant expiresAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return clientId;
    }
}
