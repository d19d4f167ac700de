package com.stillpoint.contracts.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * The client confirmed they will come.
 *
 * @param confirmedVia {@code SMS_REPLY}, {@code LINK} or {@code FRONT_DESK}
 */
public record AppointmentConfirmed(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String appointmentId,
        long appointmentVersion,
        String clientId,
        String confirmedVia) implements AppointmentEvent {
}
