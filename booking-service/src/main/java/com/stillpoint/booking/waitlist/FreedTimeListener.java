package com.stillpoint.booking.waitlist;

import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.appointments.Placement;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.booking.AppointmentRescheduled;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Turns this service's own cancellations and reschedules into waitlist offers. Reading them back from Kafka, rather
 * than offering in the request, makes the offers as durable as the events: a crash after the cancellation still
 * leads to offers. Its own consumer group, so it sees every appointment event.
 */
@Component
@KafkaListener(topics = "booking.appointments", groupId = "booking-service-waitlist")
class FreedTimeListener extends EventListener {

    private final Appointments appointments;
    private final Waitlist waitlist;

    FreedTimeListener(Appointments appointments, Waitlist waitlist) {
        this.appointments = appointments;
        this.waitlist = waitlist;
    }

    @KafkaHandler
    void on(AppointmentCancelled cancelled) {
        appointments.find(cancelled.appointmentId())
                .ifPresent(appointment -> offer(Optional.of(appointment.placement()), cancelled.eventId()));
    }

    @KafkaHandler
    void on(AppointmentRescheduled rescheduled) {
        appointments.find(rescheduled.appointmentId()).ifPresent(appointment ->
                offer(appointment.vacatedAt(rescheduled.appointmentVersion()), rescheduled.eventId()));
    }

    private void offer(Optional<Placement> freed, java.util.UUID eventId) {
        freed.ifPresent(placement -> waitlist.offerFreedTime(new FreedTime(placement.clinicId(),
                placement.clinicZone(), placement.therapistId(), placement.startsAt()), eventId));
    }
}
