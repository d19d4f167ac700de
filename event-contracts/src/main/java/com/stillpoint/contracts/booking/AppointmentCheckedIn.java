package com.stillpoint.contracts.booking;

import java.time.Instant;
import java.util.UUID;

/** The client arrived and the front desk checked them in. */
public record AppointmentCheckedIn(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String appointmentId,
        long appointmentVersion,
        String clientId,
        String clinicId) implements AppointmentEvent {
}
