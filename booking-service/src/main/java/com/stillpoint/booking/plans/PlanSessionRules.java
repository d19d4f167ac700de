package com.stillpoint.booking.plans;

import com.stillpoint.booking.appointments.AppointmentStatus;
import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.appointments.TreatmentPlanSessions;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The plans' answers to the appointment lifecycle: the next session, and the fate of a stalled session. */
@Component
class PlanSessionRules implements TreatmentPlanSessions {

    private static final Set<AppointmentStatus> BOOKED = EnumSet.of(AppointmentStatus.BOOKED,
            AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED);

    private final TreatmentPlans plans;
    private final Appointments appointments;
    private final Clock clock;
    private final Duration gracePeriod;

    PlanSessionRules(TreatmentPlans plans, Appointments appointments, Clock clock,
                     @Value("${stillpoint.booking.stalled-after:2m}") Duration gracePeriod) {
        this.plans = plans;
        this.appointments = appointments;
        this.clock = clock;
        this.gracePeriod = gracePeriod;
    }

    @Override
    public boolean nextSessionBooked(String planId, String appointmentId) {
        Optional<TreatmentPlan> plan = plans.find(planId);
        return plan.flatMap(found -> found.sessionOf(appointmentId).flatMap(found::sessionAfter))
                .flatMap(next -> appointments.find(next.appointmentId()))
                .map(next -> BOOKED.contains(next.status()))
                .orElse(false);
    }

    @Override
    public SessionFate fateOfStalled(String planId, String appointmentId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<TreatmentPlan> found = plans.find(planId);
            if (found.isEmpty()) {
                return SessionFate.abandon();
            }
            TreatmentPlan plan = found.get();
            switch (plan.status()) {
                case BOOKED:
                    return plan.sessionOf(appointmentId).filter(session -> session.roomId() != null)
                            .map(session -> SessionFate.rollForward(session.roomId()))
                            .orElseGet(SessionFate::abandon);
                case REFUSED:
                case ABANDONED:
                    return SessionFate.abandon();
                case PENDING:
                    if (plan.requestedAt().isAfter(clock.instant().minus(gracePeriod))) {
                        return SessionFate.waitForPlan();
                    }
                    plan.abandon();
                    try {
                        plans.save(plan);
                        return SessionFate.abandon();
                    } catch (ConcurrentUpdateException committedMeanwhile) {
                        continue;
                    }
                default:
                    throw new IllegalStateException("Unknown plan status " + plan.status());
            }
        }
        return SessionFate.waitForPlan();
    }
}
