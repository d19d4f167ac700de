package com.stillpoint.contracts.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An appointment moved to another time, therapist or room. Messages scheduled for the previous version are stale.
 *
 * @param sealedManageLink the client's new link to view, confirm, cancel or reschedule (sealed; see
 *                         {@link AppointmentBooked#sealedManageLink()}), or {@code null}
 */
public record AppointmentRescheduled(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String appointmentId,
        long appointmentVersion,
        String clientId,
        String clinicId,
        String therapistId,
        String roomId,
        Instant previousStartsAt,
        Instant startsAt,
        Instant endsAt,
        ZoneId clinicZone,
        String sealedManageLink) implements AppointmentEvent {
}
