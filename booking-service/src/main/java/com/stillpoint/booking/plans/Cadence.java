package com.stillpoint.booking.plans;

/** How often a plan's sessions come. */
public enum Cadence {
    WEEKLY(7),
    BIWEEKLY(14);

    private final int days;

    Cadence(int days) {
        this.days = days;
    }

    /** Days between two sessions, on the clinic's calendar (not 24-hour periods: DST weeks are not 168 hours). */
    public int days() {
        return days;
    }
}
