package com.stillpoint.booking.therapists;

import com.stillpoint.platform.problem.InvalidInputException;

import java.time.LocalDate;

/**
 * Whole days a therapist does not work, at any clinic: holidays, leave. No reason is kept; a reason can be health
 * information.
 *
 * @param firstDay the first day off
 * @param lastDay  the last day off, inclusive
 */
public record TimeOff(String id, LocalDate firstDay, LocalDate lastDay) {

    public TimeOff {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new InvalidInputException("Time off ends on or after its first day");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
