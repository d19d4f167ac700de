package com.stillpoint.booking.appointments;

import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * What happens to a booked appointment: the client confirms, is checked in, the session completes; or the client
 * does not come; or someone cancels. Each change is one conditional write of the appointment with its event; a
 * change the current status does not allow is refused ({@link IllegalTransitionException}, 409).
 */
@Service
public class AppointmentLifecycle {

    private static final int ATTEMPTS = 3;

    private final Appointments appointments;
    private final Clinics clinics;
    private final PlacementClaims placementClaims;
    private final TreatmentPlanSessions plans;
    private final Clock clock;

    AppointmentLifecycle(Appointments appointments, Clinics clinics, PlacementClaims placementClaims,
                         TreatmentPlanSessions plans, Clock clock) {
        this.appointments = appointments;
        this.clinics = clinics;
        this.placementClaims = placementClaims;
        this.plans = plans;
        this.clock = clock;
    }

    /** Cancels, and frees the time: the current placement's and that of a move still pending. */
    public Appointment cancel(String appointmentId, CancelledBy by, String reason) {
        Appointment cancelled = change(appointmentId, appointment -> appointment.cancel(by, reason,
                clinics.get(appointment.placement().clinicId()).lateCancelWindow(), clock));
        placementClaims.release(cancelled.claim(), cancelled.placement());
        cancelled.pendingMove().ifPresent(move ->
                cancelled.moveClaim().ifPresent(claim -> placementClaims.release(claim, move.placement())));
        return cancelled;
    }

    /** Records that the client will come. Confirming again changes nothing. */
    public Appointment confirm(String appointmentId, ConfirmedVia via) {
        for (int attempt = 1; ; attempt++) {
            Appointment appointment = appointments.get(appointmentId);
            if (!appointment.confirmAttendance(via, clock)) {
                return appointment;
            }
            try {
                return appointments.save(appointment);
            } catch (ConcurrentUpdateException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    public Appointment checkIn(String appointmentId) {
        return change(appointmentId, appointment -> appointment.checkIn(clock));
    }

    public Appointment complete(String appointmentId) {
        return change(appointmentId, appointment -> appointment.complete(appointment.treatmentPlanId() != null
                && plans.nextSessionBooked(appointment.treatmentPlanId(), appointment.id()), clock));
    }

    public Appointment recordNoShow(String appointmentId) {
        return change(appointmentId, appointment -> appointment.recordNoShow(clock));
    }

    /**
     * Applies a change to the latest version, retrying a few times when another change slipped in between (a
     * confirmation by SMS while the desk checks the client in). The transition rules are checked on every attempt.
     */
    private Appointment change(String appointmentId, Consumer<Appointment> change) {
        for (int attempt = 1; ; attempt++) {
            Appointment appointment = appointments.get(appointmentId);
            change.accept(appointment);
            try {
                return appointments.save(appointment);
            } catch (ConcurrentUpdateException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }
}
