package com.stillpoint.booking.calendar;

import com.stillpoint.platform.problem.InvalidInputException;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A span of wall-clock time on one day of every week, e.g. Mondays 09:00 to 17:00. */
public record WeeklyHours(DayOfWeek day, LocalTime from, LocalTime until) {

    public WeeklyHours {
        new DailyHours(from, until);
        if (day == null) {
            throw new InvalidInputException("Weekly hours name their day of the week");
        }
    }

    public DailyHours hours() {
        return new DailyHours(from, until);
    }
}
