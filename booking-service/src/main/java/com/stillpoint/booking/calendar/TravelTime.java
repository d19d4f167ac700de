package com.stillpoint.booking.calendar;

import java.time.Duration;

/** How long a therapist needs to get from one clinic to another, either way. */
public record TravelTime(String clinicA, String clinicB, Duration time) {

    boolean connects(String one, String other) {
        return clinicA.equals(one) && clinicB.equals(other) || clinicA.equals(other) && clinicB.equals(one);
    }
}
