package com.stillpoint.booking.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Something only one appointment can use at a time: a therapist (across every clinic of the chain) or a room.
 *
 * @param key   e.g. {@code therapist:harbour-maya}; with a UTC day it makes the claims document's {@code _id}
 * @param reach how far beyond its own time a claim must be visible. A therapist's claims reach as far as the
 *              longest travel time, so a session at another clinic just after midnight UTC still meets the one
 *              just before it on a shared day document
 */
public record Resource(String key, Duration reach) {

    private static final String THERAPIST = "therapist:";
    private static final String ROOM = "room:";

    public static Resource therapist(String therapistId) {
        return new Resource(therapistKey(therapistId), TravelTimes.LONGEST);
    }

    public static Resource room(String roomId) {
        return new Resource(roomKey(roomId), Duration.ZERO);
    }

    public static String therapistKey(String therapistId) {
        return THERAPIST + therapistId;
    }

    public static String roomKey(String roomId) {
        return ROOM + roomId;
    }

    /** The UTC days whose documents hold a claim of this interval. */
    List<LocalDate> daysOf(Interval interval) {
        return interval.widen(reach, reach).utcDays();
    }
}
