package com.stillpoint.booking.appointments;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** An appointment as the API shows it: clinic wall-clock times with their zone, and the instants. */
record AppointmentView(String id, long version, AppointmentStatus status, String clientId, String clinicId,
                       String therapistId, String roomId, String serviceId, ZoneId zone, LocalDateTime start,
                       LocalDateTime end, Instant startsAt, Instant endsAt, Cancellation cancellation) {

    static AppointmentView of(Appointment appointment) {
        Placement placement = appointment.placement();
        ZoneId zone = placement.clinicZone();
        return new AppointmentView(appointment.id(), appointment.version(), appointment.status(),
                appointment.clientId(), placement.clinicId(), placement.therapistId(), placement.roomId(),
                appointment.serviceId(), zone, LocalDateTime.ofInstant(placement.startsAt(), zone),
                LocalDateTime.ofInstant(placement.endsAt(), zone), placement.startsAt(), placement.endsAt(),
                appointment.cancellation());
    }
}
