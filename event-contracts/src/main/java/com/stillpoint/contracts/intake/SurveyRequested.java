package com.stillpoint.contracts.intake;

import com.stillpoint.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up survey for a completed session is ready for the client.
 *
 * @param sealedLink the client's one-time survey link, sealed (opened only to render the message)
 * @param sendAfter  when to send it: about a day after the session
 * @param expiresAt  when the link stops working
 */
public record SurveyRequested(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String surveyId,
        String appointmentId,
        String clientId,
        String clinicId,
        String sealedLink,
        Instant sendAfter,
        Instant expiresAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return clientId;
    }
}
