package com.stillpoint.booking.staffcalendar;

import java.time.Instant;
import java.util.List;

/**
 * One session on the staff calendar.
 *
 * @param flags what staff must act on: "Intake missing", "Needs review", "Needs follow-up"
 */
record CalendarEntry(String appointmentId, Instant startsAt, String time, String clinicName, String therapistName,
                     String clientName, String serviceName, String roomName, String status, List<String> flags) {
}
