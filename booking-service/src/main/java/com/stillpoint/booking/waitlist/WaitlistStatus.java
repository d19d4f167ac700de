package com.stillpoint.booking.waitlist;

/** Where a client's place on the waitlist stands. */
public enum WaitlistStatus {
    WAITING,
    /** An offer was accepted: the client has their appointment. */
    BOOKED,
    WITHDRAWN
}
