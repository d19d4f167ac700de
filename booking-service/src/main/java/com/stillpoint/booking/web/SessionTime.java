package com.stillpoint.booking.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A session's time as a page shows it: on the clinic's wall clock, with the clinic's zone named, so a client in
 * another zone is never misled.
 *
 * @param isoStart the wall-clock start, for forms and links
 */
public record SessionTime(String date, String time, String zone, String isoStart) {

    private static final Locale CANADA = Locale.CANADA;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", CANADA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", CANADA);

    public static SessionTime of(Instant start, ZoneId zone) {
        ZonedDateTime local = start.atZone(zone);
        return new SessionTime(DATE.format(local), TIME.format(local), zoneName(zone),
                local.toLocalDateTime().toString());
    }

    public static SessionTime of(LocalDateTime start, ZoneId zone) {
        return of(start.atZone(zone).toInstant(), zone);
    }

    /** e.g. "Pacific Time (America/Vancouver)". */
    public static String zoneName(ZoneId zone) {
        return zone.getDisplayName(TextStyle.FULL, CANADA) + " (" + zone.getId() + ")";
    }

    public static String time(LocalDateTime start) {
        return TIME.format(start);
    }
}
