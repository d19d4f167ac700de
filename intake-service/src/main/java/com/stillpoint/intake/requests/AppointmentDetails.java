package com.stillpoint.intake.requests;

import com.stillpoint.contracts.booking.AppointmentBooked;

import java.time.Instant;
import java.time.ZoneId;

/** What intake keeps of a booked appointment. */
record AppointmentDetails(String appointmentId, String chainId, String clientId, String clinicId, String therapistId,
                          String modality, String treatmentPlanId, Instant startsAt, ZoneId clinicZone) {

    static AppointmentDetails of(AppointmentBooked booked) {
        return new AppointmentDetails(booked.appointmentId(), booked.chainId(), booked.clientId(), booked.clinicId(),
                booked.therapistId(), booked.modality(), booked.treatmentPlanId(), booked.startsAt(),
                booked.clinicZone());
    }
}
