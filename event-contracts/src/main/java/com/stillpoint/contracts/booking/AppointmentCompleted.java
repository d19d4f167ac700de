package com.stillpoint.contracts.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The session took place. Intake follows up with a survey; notification may nudge the client to book the next
 * session of their plan.
 *
 * @param treatmentPlanId        the plan the session belongs to, or {@code null}
 * @param nextPlanSessionBooked  whether the plan's next session is already booked (false outside a plan)
 */
public record AppointmentCompleted(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String appointmentId,
        long appointmentVersion,
        String clientId,
        String clinicId,
        String therapistId,
        String modality,
        Instant startsAt,
        Instant completedAt,
        ZoneId clinicZone,
        String treatmentPlanId,
        boolean nextPlanSessionBooked) implements AppointmentEvent {
}
