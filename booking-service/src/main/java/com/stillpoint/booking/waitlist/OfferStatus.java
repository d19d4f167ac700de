package com.stillpoint.booking.waitlist;

/** Where one client's offer of a freed time stands. */
public enum OfferStatus {
    OPEN,
    /** This client took the time. */
    ACCEPTED,
    /** Someone else took the time first. */
    TAKEN,
    EXPIRED
}
