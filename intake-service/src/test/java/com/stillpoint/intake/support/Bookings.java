package com.stillpoint.intake.support;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.contracts.booking.AppointmentRescheduled;
import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.contracts.booking.ClinicChanged;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Booking's events, as booking-service publishes them, for a fresh client per test. */
public final class Bookings {

    public static final String CHAIN = "harbour";
    public static final String OTHER_CHAIN = "summit";
    public static final String CLINIC = "harbour-kitsilano";
    public static final String MAYA = "harbour-maya";
    public static final String JONAH = "harbour-jonah";
    public static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");

    private Bookings() {
    }

    public static String newClientId() {
        return "client-" + UUID.randomUUID();
    }

    public static AppointmentBooked booked(String clientId, String therapistId, String modality, Instant startsAt,
                                           String treatmentPlanId) {
        return new AppointmentBooked(UUID.randomUUID(), Instant.now(), CHAIN, "appt-" + UUID.randomUUID(), 1,
                clientId, CLINIC, therapistId, "harbour-kits-1", "harbour-swedish-60", modality, startsAt,
                startsAt.plus(Duration.ofHours(1)), VANCOUVER, treatmentPlanId, null);
    }

    /** The same booking in another chain, for tests that change chain-wide settings. */
    public static AppointmentBooked inChain(String chainId, AppointmentBooked booked) {
        return new AppointmentBooked(booked.eventId(), booked.occurredAt(), chainId, booked.appointmentId(),
                booked.appointmentVersion(), booked.clientId(), booked.clinicId(), booked.therapistId(),
                booked.roomId(), booked.serviceId(), booked.modality(), booked.startsAt(), booked.endsAt(),
                booked.clinicZone(), booked.treatmentPlanId(), booked.sealedManageLink());
    }

    public static AppointmentBooked booked(String clientId, Instant startsAt) {
        return booked(clientId, MAYA, "SWEDISH", startsAt, null);
    }

    public static AppointmentBooked inDays(String clientId, int days) {
        return booked(clientId, inDays(days));
    }

    /** A time some days from now, to the millisecond: what MongoDB keeps of an instant. */
    public static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public static AppointmentCompleted completed(AppointmentBooked booked) {
        return new AppointmentCompleted(UUID.randomUUID(), Instant.now(), booked.chainId(), booked.appointmentId(), 5,
                booked.clientId(), booked.clinicId(), booked.therapistId(), booked.modality(), booked.startsAt(),
                booked.endsAt(), booked.clinicZone(), booked.treatmentPlanId(), false);
    }

    public static AppointmentRescheduled rescheduled(AppointmentBooked booked, Instant startsAt, String therapistId) {
        return new AppointmentRescheduled(UUID.randomUUID(), Instant.now(), booked.chainId(), booked.appointmentId(),
                3, booked.clientId(), booked.clinicId(), therapistId, booked.roomId(), booked.startsAt(), startsAt,
                startsAt.plus(Duration.ofHours(1)), booked.clinicZone(), null);
    }

    public static AppointmentCancelled cancelled(AppointmentBooked booked) {
        return new AppointmentCancelled(UUID.randomUUID(), Instant.now(), booked.chainId(), booked.appointmentId(), 3,
                booked.clientId(), booked.clinicId(), booked.startsAt(), booked.clinicZone(), false, "CLIENT");
    }

    public static ClinicChanged kitsilano() {
        return new ClinicChanged(UUID.randomUUID(), Instant.now(), CHAIN, CLINIC, "Stillpoint Kitsilano", VANCOUVER,
                "+16045550100", "2150 W 4th Ave");
    }

    public static ClientProfileChanged profile(String clientId, String firstName) {
        return new ClientProfileChanged(UUID.randomUUID(), Instant.now(), CHAIN, clientId, firstName,
                clientId + "@example.test", null, Locale.CANADA, VANCOUVER,
                Set.of(com.stillpoint.contracts.Channel.EMAIL), com.stillpoint.contracts.Channel.EMAIL, Map.of());
    }
}
