package com.stillpoint.booking.therapists;

import com.stillpoint.booking.calendar.WeeklyHours;

/** Where a therapist works on one day of every week, and when, on that clinic's wall clock. */
public record Shift(String clinicId, WeeklyHours hours) {
}
