package com.stillpoint.booking.plans;

/** Where a treatment plan's booking stands. */
public enum PlanStatus {
    /** Its sessions are being claimed; none of them is booked. */
    PENDING,
    /** Every session was claimed and the plan committed: its sessions are booked (or being rolled forward). */
    BOOKED,
    /** Some session's time was taken and the caller did not take alternatives: nothing was booked. */
    REFUSED,
    /** It never committed in time (a crash part-way): nothing was booked. */
    ABANDONED
}
