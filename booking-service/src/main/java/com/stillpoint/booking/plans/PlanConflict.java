package com.stillpoint.booking.plans;

import com.stillpoint.booking.availability.Slot;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A session of a plan whose wished-for time was taken, and what could be booked that day instead.
 *
 * @param alternatives the same therapist first, then others, closest to the wished-for time first
 */
public record PlanConflict(int session, LocalDateTime wished, List<Slot> alternatives) {
}
