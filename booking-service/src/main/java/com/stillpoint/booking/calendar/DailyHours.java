package com.stillpoint.booking.calendar;

import com.stillpoint.platform.problem.InvalidInputException;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A span of wall-clock time within one day, such as opening hours or a shift: [from, until). */
public record DailyHours(LocalTime from, LocalTime until) {

    public DailyHours {
        if (from == null || until == null || !from.isBefore(until)) {
            throw new InvalidInputException("Hours must end after they start: " + from + " to " + until);
        }
    }

    public boolean overlaps(DailyHours other) {
        return from.isBefore(other.until) && other.from.isBefore(until);
    }

    /** The parts of these hours that both lists cover. */
    public static List<DailyHours> intersect(List<DailyHours> some, List<DailyHours> others) {
        List<DailyHours> both = new ArrayList<>();
        for (DailyHours one : some) {
            for (DailyHours other : others) {
                if (one.overlaps(other)) {
                    LocalTime from = one.from.isAfter(other.from) ? one.from : other.from;
                    LocalTime until = one.until.isBefore(other.until) ? one.until : other.until;
                    both.add(new DailyHours(from, until));
                }
            }
        }
        return both;
    }

    /** @throws InvalidInputException if any two of the hours overlap */
    public static void requireDisjoint(List<DailyHours> hours, String what) {
        for (int i = 0; i < hours.size(); i++) {
            for (int j = i + 1; j < hours.size(); j++) {
                if (hours.get(i).overlaps(hours.get(j))) {
                    throw new InvalidInputException(what + " overlap: " + hours.get(i) + " and " + hours.get(j));
                }
            }
        }
    }
}
