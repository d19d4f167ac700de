package com.stillpoint.booking.appointments;

/** A placement an appointment moved away from, and the appointment version whose reschedule freed it. */
public record VacatedPlacement(long version, Placement placement) {
}
