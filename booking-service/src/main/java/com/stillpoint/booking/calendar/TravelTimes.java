package com.stillpoint.booking.calendar;

import com.stillpoint.platform.problem.InvalidInputException;

import java.time.Duration;
import java.util.List;

/**
 * The travel buffer a therapist needs between sessions at two clinics of the chain: a configured time per clinic
 * pair, else the chain's standard. Sessions at the same clinic need none.
 *
 * <p>No travel time may exceed {@link #LONGEST}: claims of a therapist are stored on every UTC day within that
 * reach of them, which is what lets one compare-and-set on one day document see every claim that could be too close
 * (see {@link Resource}).
 *
 * @param standard between clinics no pair names
 */
public record TravelTimes(Duration standard, List<TravelTime> pairs) implements ClaimSpacing {

    public static final Duration LONGEST = Duration.ofHours(4);
    private static final Duration STANDARD = Duration.ofMinutes(30);

    public TravelTimes {
        pairs = List.copyOf(pairs);
        requireWithinReach(standard);
        for (TravelTime pair : pairs) {
            if (pair.clinicA().equals(pair.clinicB())) {
                throw new InvalidInputException("A travel time joins two different clinics, not " + pair.clinicA() + " and itself");
            }
            requireWithinReach(pair.time());
            if (pairs.stream().filter(other -> other.connects(pair.clinicA(), pair.clinicB())).count() > 1) {
                throw new InvalidInputException("The clinics " + pair.clinicA() + " and " + pair.clinicB() + " are paired twice");
            }
        }
    }

    /** Thirty minutes between any two clinics, until the chain says otherwise. */
    public static TravelTimes standardOnly() {
        return new TravelTimes(STANDARD, List.of());
    }

    public Duration between(String clinic, String otherClinic) {
        if (clinic.equals(otherClinic)) {
            return Duration.ZERO;
        }
        return pairs.stream().filter(pair -> pair.connects(clinic, otherClinic)).findFirst()
                .map(TravelTime::time).orElse(standard);
    }

    @Override
    public Duration between(Claim existing, Claim candidate) {
        return between(existing.clinicId(), candidate.clinicId());
    }

    private static void requireWithinReach(Duration time) {
        if (time == null || time.isNegative() || time.compareTo(LONGEST) > 0) {
            throw new InvalidInputException("A travel time is between 0 and " + LONGEST.toHours() + " hours");
        }
    }
}
