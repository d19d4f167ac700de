package com.stillpoint.contracts.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** The client did not come. The clinic's policy applies; the client gets a gentle follow-up. */
public record AppointmentNoShow(
        UUID eventId,
        Instant occurredAt,
        String chainId,
        String appointmentId,
        long appointmentVersion,
        String clientId,
        String clinicId,
        Instant startsAt,
        ZoneId clinicZone) implements AppointmentEvent {
}
