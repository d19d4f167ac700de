package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.Claim;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.problem.ConflictException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Moves a booked appointment to another time, therapist or room without ever double-booking and without losing
 * the old slot when the new one cannot be had:
 * <ol>
 *   <li>mark the move pending on the appointment under a new generation (conditional write);</li>
 *   <li>claim the new placement under that generation (the appointment now holds both);</li>
 *   <li>commit with one conditional write: the placement and generation switch, the version grows, and
 *       {@code AppointmentRescheduled} is recorded with the client's new link;</li>
 *   <li>release the old placement's claims, which stopped counting at the commit.</li>
 * </ol>
 * If the new time is taken, the move is cleared and the appointment keeps its slot. A move a crash left pending is
 * cleared by {@link StalledBookings}, after which its claims are dead.
 */
@Service
public class AppointmentRescheduling {

    private final Appointments appointments;
    private final PlacementPlanner planner;
    private final PlacementClaims placementClaims;
    private final ManageLinks manageLinks;
    private final Clock clock;

    AppointmentRescheduling(Appointments appointments, PlacementPlanner planner, PlacementClaims placementClaims,
                            ManageLinks manageLinks, Clock clock) {
        this.appointments = appointments;
        this.planner = planner;
        this.placementClaims = placementClaims;
        this.manageLinks = manageLinks;
        this.clock = clock;
    }

    /**
     * @param therapistId the therapist after the move; the same one unless the client or desk asks otherwise
     * @param roomId      a room the session must have, or {@code null} for any free room of the right type
     */
    public Appointment reschedule(String appointmentId, String clinicId, String therapistId, String roomId,
                                  LocalDateTime start) {
        Appointment appointment = appointments.get(appointmentId);
        PlannedPlacement target = planner.plan(clinicId, appointment.serviceId(), therapistId, roomId, start);
        Placement current = appointment.placement();
        if (current.session().equals(target.placement().session()) && current.clinicId().equals(clinicId)
                && current.therapistId().equals(therapistId) && (roomId == null || roomId.equals(current.roomId()))) {
            return appointment;
        }
        appointment.beginMove(target.placement(), clock);
        try {
            appointments.save(appointment);
        } catch (ConcurrentUpdateException changedMeanwhile) {
            throw new ConflictException("concurrent-update", "The appointment changed meanwhile; reload and retry.");
        }
        Claim newClaim = appointment.moveClaim().orElseThrow();
        String roomClaimed;
        try {
            roomClaimed = placementClaims.claim(newClaim, therapistId, target.rooms());
        } catch (RuntimeException taken) {
            giveUpMove(appointmentId, newClaim, target.placement());
            throw taken;
        }
        Claim oldClaim = appointment.claim();
        int newGeneration = newClaim.generation();
        appointment.commitMove(roomClaimed, manageLinks.issueSealed(appointment.id(), newGeneration,
                target.placement().startsAt()), clock);
        try {
            appointments.save(appointment);
        } catch (ConcurrentUpdateException changedMeanwhile) {
            placementClaims.release(newClaim, target.placement().inRoom(roomClaimed));
            throw new ConflictException("reschedule-expired",
                    "The appointment changed while it was being moved; nothing was moved, please try again.");
        }
        placementClaims.release(oldClaim, current);
        manageLinks.withdraw(appointmentId, oldClaim.generation());
        return appointment;
    }

    /** Clears a move a crash left pending; its claims are dead from that write on, and are then removed. */
    void abandonStalledMove(String appointmentId) {
        appointments.find(appointmentId).ifPresent(appointment -> appointment.pendingMove().ifPresent(move ->
                giveUpMove(appointmentId, appointment.moveClaim().orElseThrow(), move.placement())));
    }

    private void giveUpMove(String appointmentId, Claim moveClaim, Placement target) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Appointment latest = appointments.get(appointmentId);
            if (latest.moveClaim().filter(claim -> claim.generation() == moveClaim.generation()).isEmpty()) {
                break;
            }
            latest.abandonMove();
            try {
                appointments.save(latest);
                break;
            } catch (ConcurrentUpdateException changedMeanwhile) {
                // Read again: the move may have been committed or cleared by someone else.
            }
        }
        if (appointments.find(appointmentId).map(latest -> !latest.holds(moveClaim)).orElse(true)) {
            // Best effort: a claim on a room other than the placement's first candidate is dropped by the next
            // claim that meets it, as it no longer counts.
            placementClaims.release(moveClaim, target);
        }
    }
}
