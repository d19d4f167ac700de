package com.stillpoint.booking.appointments;

/**
 * What the appointment lifecycle needs to know about treatment plans. The plans feature answers; appointments
 * never reach into plans themselves.
 */
public interface TreatmentPlanSessions {

    /** Whether the plan's session after this one is booked (for {@code AppointmentCompleted}). */
    boolean nextSessionBooked(String planId, String appointmentId);

    /**
     * What happens to a plan's session that is still pending after the grace period: a committed plan rolls it
     * forward, a plan that never committed (or no longer names it) lets it go, a plan still being booked waits.
     */
    SessionFate fateOfStalled(String planId, String appointmentId);

    /** @param roomId the room the session claimed, when it rolls forward */
    record SessionFate(Kind kind, String roomId) {

        public enum Kind { ROLL_FORWARD, ABANDON, WAIT }

        public static SessionFate rollForward(String roomId) {
            return new SessionFate(Kind.ROLL_FORWARD, roomId);
        }

        public static SessionFate abandon() {
            return new SessionFate(Kind.ABANDON, null);
        }

        public static SessionFate waitForPlan() {
            return new SessionFate(Kind.WAIT, null);
        }
    }
}
