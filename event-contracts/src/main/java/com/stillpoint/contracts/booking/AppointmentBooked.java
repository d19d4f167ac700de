package com.stillpoint.contracts.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A client holds a confirmed appointment.
 *
 * @param modality        the technique booked (for intake validity); never shown to the client in a message
 * @param clinicZone      the clinic's time zone; messages show {@code startsAt} in it
 * @param treatmentPlanId  the plan the session belongs to, or {@code null} for a single booking
 * @param sealedManageLink the client's link to view, confirm, cancel or reschedule the appointment, sealed
 *                         (AES-GCM, see the platform's LinkSealer) so no topic or database holds a usable token;
 *                         {@code null} when none was issued
 */
public record AppointmentBooked(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String appointmentId,
        long appointmentVersion,
        String clientId,
        String clinicId,
        String therapistId,
        String roomId,
        String serviceId,
        String modality,
        Instant startsAt,
        Instant endsAt,
        ZoneId clinicZone,
        String treatmentPlanId,
        String sealedManageLink) implements AppointmentEvent {
}
