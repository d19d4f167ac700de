package com.stillpoint.booking.availability;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A bookable session: on the clinic's wall clock with its zone, with the therapist and a room that are free.
 * The room is the one a booking would likely get; the booking itself claims whichever is free then.
 */
public record Slot(String clinicId, ZoneId zone, LocalDateTime start, LocalDateTime end, Instant startsAt,
                   String therapistId, String therapistName, String roomId) {
}
