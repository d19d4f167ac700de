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
 * Frees bookings that a crash left {@code PENDING}. A booking takes milliseconds; one still pending after the
 * grace period will never commit, and abandoning it (a conditional write, like the commit) releases its time.
 */
@Component
class StalledBookings {

    private static final Logger log = LoggerFactory.getLogger(StalledBookings.class);

    private final Appointments appointments;
    private final AppointmentBooking booking;
    private final Clock clock;
    private final Duration gracePeriod;

    StalledBookings(Appointments appointments, AppointmentBooking booking, Clock clock,
                    @Value("${stillpoint.booking.stalled-after:2m}") Duration gracePeriod) {
        this.appointments = appointments;
        this.booking = booking;
        this.clock = clock;
        this.gracePeriod = gracePeriod;
    }

    @Scheduled(fixedDelayString = "${stillpoint.booking.stalled-check-interval:30s}")
    void abandonStalled() {
        appointments.pendingSince(clock.instant().minus(gracePeriod)).forEach(stalled -> {
            log.info("Abandoning booking {} left pending since before {}", stalled.id(), gracePeriod);
            TenantContext.runAs(stalled.chainId(), () -> booking.abandonIfStillPending(stalled.id()));
        });
    }
}
