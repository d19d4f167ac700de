package com.stillpoint.booking.calendar;

import java.time.Instant;

/**
 * A span of a resource's time taken by an appointment, buffers included.
 *
 * @param generation which of the appointment's placements this is; a reschedule claims a new generation, so
 *                   the old placement's claims stop counting the moment the appointment moves
 */
public record Claim(String appointmentId, int generation, String clinicId, Instant from, Instant until) {

    public Interval interval() {
        return new Interval(from, until);
    }

    boolean sameOwner(Claim other) {
        return appointmentId.equals(other.appointmentId) && generation == other.generation;
    }
}
