package com.stillpoint.benchmarks.confirmation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Desk booking requests for times that are all free: the demo chain's two Vancouver therapists, each at one clinic,
 * five 60-minute sessions a weekday spaced by more than the buffers, on consecutive weekdays from three weeks ahead.
 */
final class FreeTimes {

    static final String CHAIN = "harbour";
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final List<List<String>> THERAPISTS = List.of(
            List.of("harbour-maya", "harbour-kitsilano"),
            List.of("harbour-jonah", "harbour-gastown"));
    private static final List<LocalTime> STARTS = List.of(LocalTime.of(9, 0), LocalTime.of(10, 30),
            LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(15, 0));

    private LocalDate day = LocalDate.now(VANCOUVER).plusDays(21);
    private int taken;

    /** The next free time, as a booking request for the demo client. */
    String next() {
        int perDay = THERAPISTS.size() * STARTS.size();
        if (taken == perDay) {
            taken = 0;
            day = day.plusDays(1);
        }
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        List<String> therapist = THERAPISTS.get(taken % THERAPISTS.size());
        LocalTime start = STARTS.get(taken / THERAPISTS.size());
        taken++;
        return """
                {"clientId":"harbour-client-ada","clinicId":"%s","serviceId":"harbour-swedish-60","therapistId":"%s","start":"%s"}"""
                .formatted(therapist.get(1), therapist.get(0), day.atTime(start));
    }
}
