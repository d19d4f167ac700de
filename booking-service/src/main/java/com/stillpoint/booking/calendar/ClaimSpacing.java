package com.stillpoint.booking.calendar;

import java.time.Duration;

/**
 * How far apart two claims on one resource must stay, beyond not overlapping. A therapist needs travel time
 * between sessions at different clinics; a room needs nothing.
 */
@FunctionalInterface
public interface ClaimSpacing {

    ClaimSpacing NONE = (existing, candidate) -> Duration.ZERO;

    /** The free time needed between the two claims, whichever comes first. */
    Duration between(Claim existing, Claim candidate);

    /** Whether the candidate comes closer to the existing claim than the spacing allows (or overlaps it). */
    default boolean clash(Claim existing, Claim candidate) {
        Duration gap = between(existing, candidate);
        return existing.interval().widen(gap, gap).overlaps(candidate.interval());
    }
}
