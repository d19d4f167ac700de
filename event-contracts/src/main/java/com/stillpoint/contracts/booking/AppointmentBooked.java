package com.stillpoint.contracts.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A client holds a confirmed appointment.
 *
 * @param modality        the technique booked (for intake validity); never shown to the client in a message
 * @param clinicZone      the clinic's time zone; messages show {@code startsAt} in it
 * @param treatmentPlanId the plan the session belongs to, or {@code null} for a single booking
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
        String treatmentPlanId) implements AppointmentEvent {
}
