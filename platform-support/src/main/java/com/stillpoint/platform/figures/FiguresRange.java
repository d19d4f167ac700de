package com.stillpoint.platform.figures;

import com.stillpoint.platform.problem.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The days a figures request covers, {@code from} to {@code to} included, as UTC instants. A dashboard looks at
 * weeks and months, so a clinic's own midnight does not matter here; ranges longer than a year are refused.
 */
public record FiguresRange(LocalDate from, LocalDate to) {

    private static final long MAX_DAYS = 366;

    public FiguresRange {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("from and to must be dates, from not after to, at most a year apart");
        }
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(start()) && instant.isBefore(end());
    }
}
