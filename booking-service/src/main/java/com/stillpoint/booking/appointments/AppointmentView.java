package com.stillpoint.booking.appointments;

import com.stillpoint.contracts.intake.IntakeReadiness;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An appointment as the API shows it: clinic wall-clock times with their zone, and the instants.
 *
 * @param intake where the client's intake stands for it, or {@code null} if intake-service has not said yet
 */
record AppointmentView(String id, long version, AppointmentStatus status, String clientId, String clinicId,
                       String therapistId, String roomId, String serviceId, String treatmentPlanId, ZoneId zone,
                       LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt, boolean confirmed,
                       IntakeReadiness intake, Cancellation cancellation) {

    static AppointmentView of(Appointment appointment, IntakeReadiness intake) {
        Placement placement = appointment.placement();
        ZoneId zone = placement.clinicZone();
        return new AppointmentView(appointment.id(), appointment.version(), appointment.status(),
                appointment.clientId(), placement.clinicId(), placement.therapistId(), placement.roomId(),
                appointment.serviceId(), appointment.treatmentPlanId(), zone,
                LocalDateTime.ofInstant(placement.startsAt(), zone), LocalDateTime.ofInstant(placement.endsAt(), zone),
                placement.startsAt(), placement.endsAt(), appointment.confirmation().isPresent(), intake,
                appointment.cancellation());
    }
}
