package com.stillpoint.booking.calendar;

import java.time.Instant;

/**
 * A span of a resource's time taken by an appointment, buffers included.
 *
 * @param generation which of the appointment's placements this is; a reschedule claims a new generation, so
 *                   the old placement's claims stop counting the moment the appointment moves
 * @param clinicId   where the appointment takes place; a therapist's next claim at another clinic keeps a travel
 *                   buffer from it
 */
public record Claim(String appointmentId, int generation, String clinicId, Instant from, Instant until) {

    public Interval interval() {
        return new Interval(from, until);
    }

    boolean sameOwner(Claim other) {
        return sameAppointment(other) && generation == other.generation;
    }

    boolean sameAppointment(Claim other) {
        return appointmentId.equals(other.appointmentId);
    }
}
