package com.stillpoint.booking.plans;

import com.stillpoint.booking.appointments.AppointmentLifecycle;
import com.stillpoint.booking.appointments.AppointmentStatus;
import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.appointments.CancelledBy;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;

/**
 * Ends a plan early: every session from a date on that is still booked is cancelled, each with its own event (the
 * client's reminders stop, the freed times go to the waitlist). Sessions before the date are left as they are.
 */
@Service
class PlanCancellation {

    private final TreatmentPlans plans;
    private final Appointments appointments;
    private final AppointmentLifecycle lifecycle;

    PlanCancellation(TreatmentPlans plans, Appointments appointments, AppointmentLifecycle lifecycle) {
        this.plans = plans;
        this.appointments = appointments;
        this.lifecycle = lifecycle;
    }

    TreatmentPlan cancelFrom(String planId, LocalDate from, CancelledBy by, String reason) {
        TreatmentPlan plan = plans.get(planId);
        plan.cancelFrom(from);
        try {
            plan = plans.save(plan);
        } catch (ConcurrentUpdateException changedMeanwhile) {
            plan = plans.get(planId);
        }
        plan.sessions().stream()
                .filter(session -> !session.start().toLocalDate().isBefore(from))
                .forEach(session -> appointments.find(session.appointmentId())
                        .filter(appointment -> appointment.status() == AppointmentStatus.BOOKED)
                        .ifPresent(appointment -> lifecycle.cancel(appointment.id(), by, reason)));
        return plan;
    }
}
