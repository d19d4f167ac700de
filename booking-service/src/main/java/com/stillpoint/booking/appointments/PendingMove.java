package com.stillpoint.booking.appointments;

import java.time.Instant;

/**
 * A reschedule in progress: the placement the appointment is moving to, claimed under a generation of its own.
 * While it is pending, the appointment holds both its current placement and this one; the move then commits (or is
 * given up) with one conditional write.
 */
public record PendingMove(int generation, Placement placement, Instant requestedAt) {
}
