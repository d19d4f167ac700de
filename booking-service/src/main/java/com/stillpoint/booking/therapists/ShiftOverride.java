package com.stillpoint.booking.therapists;

import com.stillpoint.booking.calendar.DailyHours;

import java.time.LocalDate;
import java.util.List;

/**
 * A day that differs from the weekly pattern at one clinic: other hours, or none at all (an empty list).
 *
 * @param date on the clinic's calendar
 */
public record ShiftOverride(LocalDate date, String clinicId, List<DailyHours> hours) {

    public ShiftOverride {
        hours = List.copyOf(hours);
        DailyHours.requireDisjoint(hours, "Hours on " + date);
    }
}
