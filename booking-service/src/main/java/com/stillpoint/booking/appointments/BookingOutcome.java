package com.stillpoint.booking.appointments;

/** @param replayed whether this answers a retry of a booking already made with the same idempotency key */
public record BookingOutcome(Appointment appointment, boolean replayed) {
}
