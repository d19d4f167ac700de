package com.stillpoint.contracts.notification;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A client answered a message.
 *
 * @param appointmentId the appointment of the message they answered, or {@code null} (STOP and START are about
 *                      the client, not an appointment)
 */
public record ClientReplied(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String clientId,
        String appointmentId,
        ClientReply reply,
        Channel channel) implements IntegrationEvent {

    @Override
    public String subject() {
        return clientId;
    }
}
