package com.stillpoint.booking.availability;

import com.stillpoint.booking.calendar.Claim;
import com.stillpoint.booking.calendar.ClaimSpacing;
import com.stillpoint.booking.calendar.TravelTimes;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One resource's claims, sorted by start, for answering "would this candidate clash?" many times: a binary search
 * finds the few claims near the candidate, the rest are never looked at. The same clash rule as the claim itself
 * applies ({@link ClaimSpacing}), so the search offers only what a booking would get.
 */
final class BusyTimes {

    static final BusyTimes NONE = new BusyTimes(List.of(), ClaimSpacing.NONE, null);

    private final Claim[] byStart;
    private final ClaimSpacing spacing;
    private final Duration reachBack;
    private final String ignoredAppointment;

    BusyTimes(List<Claim> claims, ClaimSpacing spacing, String ignoredAppointment) {
        this.byStart = claims.stream().sorted(Comparator.comparing(Claim::from)).toArray(Claim[]::new);
        this.spacing = spacing;
        this.ignoredAppointment = ignoredAppointment;
        Duration longest = claims.stream().map(claim -> Duration.between(claim.from(), claim.until()))
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        this.reachBack = longest.plus(TravelTimes.LONGEST);
    }

    boolean clashes(Claim candidate) {
        Instant scanUntil = candidate.until().plus(TravelTimes.LONGEST);
        for (int i = firstStartingAtOrAfter(candidate.from().minus(reachBack)); i < byStart.length
                && byStart[i].from().isBefore(scanUntil); i++) {
            Claim existing = byStart[i];
            if (!existing.appointmentId().equals(ignoredAppointment) && spacing.clash(existing, candidate)) {
                return true;
            }
        }
        return false;
    }

    private int firstStartingAtOrAfter(Instant instant) {
        int low = 0;
        int high = byStart.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byStart[middle].from().isBefore(instant)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
