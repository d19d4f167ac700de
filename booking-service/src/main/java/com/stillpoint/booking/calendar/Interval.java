package com.stillpoint.booking.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A half-open span of time [start, end) on the absolute timeline. */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("An interval must end after it starts: " + start + " .. " + end);
        }
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public Interval widen(Duration before, Duration after) {
        return new Interval(start.minus(before), end.plus(after));
    }

    /** The UTC dates this interval touches; claims are stored per resource and UTC day. */
    public List<LocalDate> utcDays() {
        LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(end.minusNanos(1), ZoneOffset.UTC);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
