package com.stillpoint.booking.plans;

import com.stillpoint.booking.appointments.AppointmentBooking;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Gives up plans a crash left {@code PENDING} (a conditional write, like the commit, so only one wins), and with
 * them every session they had claimed. Sessions of a plan that did commit are rolled forward by the appointments'
 * own recovery, which asks {@link PlanSessionRules}.
 */
@Component
class StalledPlans {

    private static final Logger log = LoggerFactory.getLogger(StalledPlans.class);

    private final TreatmentPlans plans;
    private final AppointmentBooking booking;
    private final Clock clock;
    private final Duration gracePeriod;

    StalledPlans(TreatmentPlans plans, AppointmentBooking booking, Clock clock,
                 @Value("${stillpoint.booking.stalled-after:2m}") Duration gracePeriod) {
        this.plans = plans;
        this.booking = booking;
        this.clock = clock;
        this.gracePeriod = gracePeriod;
    }

    @Scheduled(fixedDelayString = "${stillpoint.booking.stalled-check-interval:30s}")
    void abandonStalled() {
        plans.pendingSince(clock.instant().minus(gracePeriod)).forEach(stalled -> {
            log.info("Abandoning treatment plan {} left pending for more than {}", stalled.id(), gracePeriod);
            TenantContext.runAs(stalled.chainId(), () -> abandon(stalled.id()));
        });
    }

    private void abandon(String planId) {
        TreatmentPlan plan = plans.get(planId);
        if (plan.status() != PlanStatus.PENDING) {
            return;
        }
        plan.abandon();
        try {
            plans.save(plan);
        } catch (ConcurrentUpdateException committedMeanwhile) {
            return;
        }
        plan.sessions().forEach(session -> booking.abandon(session.appointmentId()));
    }
}
