package com.stillpoint.booking.staffcalendar;

import java.util.List;

/** A day of the staff calendar, its sessions by start time. */
record CalendarDay(String label, String date, List<CalendarEntry> entries) {
}
