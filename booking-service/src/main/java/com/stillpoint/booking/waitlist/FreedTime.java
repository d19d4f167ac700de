package com.stillpoint.booking.waitlist;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A therapist's time at a clinic that a cancellation or a reschedule just gave back. */
record FreedTime(String clinicId, ZoneId zone, String therapistId, Instant startsAt) {

    LocalDateTime start() {
        return LocalDateTime.ofInstant(startsAt, zone);
    }
}
