package com.stillpoint.booking.calendar;

import com.stillpoint.platform.problem.ConflictException;

/** The time is no longer free: another live booking holds the therapist or the room. */
public class SlotTakenException extends ConflictException {

    private final String resource;

    SlotTakenException(String resource, Interval interval) {
        super("slot-taken", "That time was just taken (" + interval.start() + " to " + interval.end() + ").");
        this.resource = resource;
    }

    /** The resource that was busy, e.g. {@code therapist:harbour-maya}. */
    public String resource() {
        return resource;
    }
}
