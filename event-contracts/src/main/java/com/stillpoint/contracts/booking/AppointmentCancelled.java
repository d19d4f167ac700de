package com.stillpoint.contracts.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An appointment will not happen. Its pending reminders must not be sent.
 *
 * @param late        whether it was cancelled inside the clinic's late-cancel window
 * @param cancelledBy who cancelled: {@code CLIENT} or {@code CLINIC}
 */
public record AppointmentCancelled(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String appointmentId,
        long appointmentVersion,
        String clientId,
        String clinicId,
        Instant startsAt,
        ZoneId clinicZone,
        boolean late,
        String cancelledBy) implements AppointmentEvent {
}
