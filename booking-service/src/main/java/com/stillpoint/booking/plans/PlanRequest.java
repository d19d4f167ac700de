package com.stillpoint.booking.plans;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A course of sessions to book.
 *
 * @param time               every session's start on the clinic's wall clock, whatever the DST offset that day
 * @param acceptAlternatives book the day's closest alternative for a session whose time is taken, instead of refusing
 */
public record PlanRequest(String clientId, String clinicId, String serviceId, String therapistId, LocalDate firstDate,
                          LocalTime time, Cadence cadence, int sessions, boolean acceptAlternatives) {

    /** The request in one canonical line, so a retried request can be recognised as the same one. */
    String canonical() {
        return String.join("|", clientId, clinicId, serviceId, therapistId, firstDate.toString(), time.toString(),
                cadence.name(), Integer.toString(sessions), Boolean.toString(acceptAlternatives));
    }

    /** The wall-clock start of session {@code number} (1 for the first): same time, every week or two. */
    java.time.LocalDateTime startOf(int number) {
        return firstDate.plusDays((long) (number - 1) * cadence.days()).atTime(time);
    }
}
