package com.stillpoint.notification.recipients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Hours of the client's own day when nothing may disturb them, e.g. 21:00 to 08:00. Computed on the client's
 * local clock in their zone, so a window keeps its local hours across daylight-saving changes; a window that ends
 * at a local time skipped by a change ends at the first instant after the gap.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        if (start.equals(end)) {
            throw new IllegalArgumentException("Quiet hours must start and end at different times");
        }
    }

    public boolean contains(Instant instant, ZoneId zone) {
        LocalTime local = instant.atZone(zone).toLocalTime();
        return wrapsMidnight()
                ? !local.isBefore(start) || local.isBefore(end)
                : !local.isBefore(start) && local.isBefore(end);
    }

    /** When a message due at {@code instant} may go: then, or the end of the quiet hours it falls in. */
    public Instant nextAllowed(Instant instant, ZoneId zone) {
        return quietUntil(instant, zone).orElse(instant);
    }

    /** The end of the quiet hours {@code instant} falls in, or empty if it falls in none. */
    public Optional<Instant> quietUntil(Instant instant, ZoneId zone) {
        if (!contains(instant, zone)) {
            return Optional.empty();
        }
        ZonedDateTime local = instant.atZone(zone);
        LocalDate endDate = wrapsMidnight() && !local.toLocalTime().isBefore(start)
                ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return Optional.of(ZonedDateTime.of(endDate, end, zone).toInstant());
    }

    /** The first allowed instant of the client's next day, after {@code instant}. */
    public Instant startOfNextDay(Instant instant, ZoneId zone) {
        Instant midnight = instant.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        return nextAllowed(midnight, zone);
    }

    private boolean wrapsMidnight() {
        return end.isBefore(start);
    }
}
