package com.stillpoint.booking.manage;

import com.stillpoint.booking.appointments.Appointment;
import com.stillpoint.booking.appointments.AppointmentStatus;
import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.catalogue.Catalogue;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.booking.therapists.Therapists;
import com.stillpoint.booking.web.SessionTime;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** What a client's own pages show of their appointment, and whether they can still change it. */
@Component
class ClientAppointments {

    private final Appointments appointments;
    private final Clinics clinics;
    private final Catalogue catalogue;
    private final Therapists therapists;
    private final Clock clock;

    ClientAppointments(Appointments appointments, Clinics clinics, Catalogue catalogue, Therapists therapists,
                       Clock clock) {
        this.appointments = appointments;
        this.clinics = clinics;
        this.catalogue = catalogue;
        this.therapists = therapists;
        this.clock = clock;
    }

    AppointmentSummary summaryOf(String appointmentId) {
        Appointment appointment = appointments.get(appointmentId);
        Clinic clinic = clinics.get(appointment.placement().clinicId());
        Instant now = clock.instant();
        boolean late = now.isAfter(appointment.placement().startsAt().minus(clinic.lateCancelWindow()));
        return new AppointmentSummary(describe(appointment.status()), clinic.name(), clinic.address(), clinic.phone(),
                catalogue.get(appointment.serviceId()).name(),
                therapists.get(appointment.placement().therapistId()).name(),
                SessionTime.of(appointment.placement().startsAt(), appointment.zone()),
                appointment.confirmation().isPresent(), changeable(appointment),
                clinic.lateCancelWindow().toHours(), late,
                appointment.cancellation() != null && appointment.cancellation().late());
    }

    /** A client changes only a booked appointment that has not started. */
    boolean changeable(Appointment appointment) {
        return appointment.status() == AppointmentStatus.BOOKED
                && clock.instant().isBefore(appointment.placement().startsAt());
    }

    private static String describe(AppointmentStatus status) {
        return switch (status) {
            case BOOKED -> "Booked";
            case CHECKED_IN -> "Checked in";
            case COMPLETED -> "Completed";
            case NO_SHOW -> "Missed";
            case CANCELLED -> "Cancelled";
            case PENDING, ABANDONED -> "Not booked";
        };
    }
}
