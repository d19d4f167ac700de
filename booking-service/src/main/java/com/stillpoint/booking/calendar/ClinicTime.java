package com.stillpoint.booking.calendar;

import com.stillpoint.platform.problem.InvalidInputException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Turns a clinic's wall-clock time into an instant, refusing times a DST change skips. */
public final class ClinicTime {

    private ClinicTime() {
    }

    /**
     * The instant of a local time in the zone. A time skipped by a spring-forward change does not exist and is
     * refused; a time repeated by a fall-back change means its first occurrence, the one the clinic's day reaches
     * first.
     */
    public static Instant toInstant(LocalDateTime localTime, ZoneId zone) {
        return existing(localTime, zone).orElseThrow(() ->
                new InvalidInputException(localTime + " does not exist in " + zone + " (the clocks skip it)"));
    }

    /** Like {@link #toInstant}, but empty for a time the clocks skip. */
    public static Optional<Instant> existing(LocalDateTime localTime, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(localTime);
        return offsets.isEmpty() ? Optional.empty() : Optional.of(localTime.toInstant(offsets.get(0)));
    }
}
