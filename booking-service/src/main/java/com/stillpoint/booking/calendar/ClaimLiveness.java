package com.stillpoint.booking.calendar;

/**
 * Whether a claim still holds its time. A claim is only as alive as the appointment that owns it: claims of a
 * cancelled or abandoned booking, or of a placement an appointment moved away from, free their time even before
 * anyone removes them.
 */
@FunctionalInterface
public interface ClaimLiveness {

    boolean isLive(Claim claim);
}
