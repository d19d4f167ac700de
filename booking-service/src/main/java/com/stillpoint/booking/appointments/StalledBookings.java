package com.stillpoint.booking.appointments;

import com.stillpoint.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Finishes what a crash left half-way. A booking or a move takes milliseconds; one still pending after the grace
 * period will never finish on its own:
 * <ul>
 *   <li>a lone booking still {@code PENDING} is abandoned (a conditional write, like the commit), freeing its time;</li>
 *   <li>a plan's session goes the way of its plan: rolled forward if the plan committed, else abandoned;</li>
 *   <li>a pending move is cleared, and the appointment keeps its slot.</li>
 * </ul>
 */
@Component
class StalledBookings {

    private static final Logger log = LoggerFactory.getLogger(StalledBookings.class);

    private final Appointments appointments;
    private final AppointmentBooking booking;
    private final AppointmentRescheduling rescheduling;
    private final TreatmentPlanSessions plans;
    private final Clock clock;
    private final Duration gracePeriod;

    StalledBookings(Appointments appointments, AppointmentBooking booking, AppointmentRescheduling rescheduling,
                    TreatmentPlanSessions plans, Clock clock,
                    @Value("${stillpoint.booking.stalled-after:2m}") Duration gracePeriod) {
        this.appointments = appointments;
        this.booking = booking;
        this.rescheduling = rescheduling;
        this.plans = plans;
        this.clock = clock;
        this.gracePeriod = gracePeriod;
    }

    @Scheduled(fixedDelayString = "${stillpoint.booking.stalled-check-interval:30s}")
    void recover() {
        var cutoff = clock.instant().minus(gracePeriod);
        appointments.pendingSince(cutoff).forEach(stalled -> {
            log.info("Recovering booking {} left pending for more than {}", stalled.id(), gracePeriod);
            TenantContext.runAs(stalled.chainId(), () -> booking.recoverStalled(stalled.id(), plans));
        });
        appointments.movesPendingSince(cutoff).forEach(stalled -> {
            log.info("Clearing the move of appointment {} left pending for more than {}", stalled.id(), gracePeriod);
            TenantContext.runAs(stalled.chainId(), () -> rescheduling.abandonStalledMove(stalled.id()));
        });
    }
}
