package com.stillpoint.booking.plans;

import java.time.LocalDateTime;

/**
 * One session of a plan.
 *
 * @param number        1 for the first session
 * @param start         on the clinic's wall clock
 * @param appointmentId the appointment that books it
 * @param roomId        the room its claim took, recorded when the plan commits (a roll-forward after a crash needs it)
 * @param alternative   whether it replaces a wished-for time that was taken
 */
public record PlanSession(int number, LocalDateTime start, String therapistId, String appointmentId, String roomId,
                          boolean alternative) {

    PlanSession inRoom(String claimedRoomId) {
        return new PlanSession(number, start, therapistId, appointmentId, claimedRoomId, alternative);
    }
}
