package com.stillpoint.booking.appointments;

/** Where an appointment is in its life. */
public enum AppointmentStatus {

    /** Being booked: its claims are taken but not yet committed. Holds its time. */
    PENDING(true),
    BOOKED(true),
    CHECKED_IN(true),
    COMPLETED(true),
    NO_SHOW(true),
    CANCELLED(false),
    /** A booking that never committed (a conflict, or a crash part-way). */
    ABANDONED(false);

    private final boolean holdsTime;

    AppointmentStatus(boolean holdsTime) {
        this.holdsTime = holdsTime;
    }

    /** Whether the therapist's and room's time stays taken. */
    public boolean holdsTime() {
        return holdsTime;
    }
}
