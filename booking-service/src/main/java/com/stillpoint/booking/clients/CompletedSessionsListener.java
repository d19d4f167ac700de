package com.stillpoint.booking.clients;

import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Remembers each client's therapist of their last completed session, from this service's own events, for "the same
 * therapist as last time". Its own consumer group, so it sees every appointment event.
 */
@Component
@KafkaListener(topics = "booking.appointments", groupId = "booking-service-visits")
class CompletedSessionsListener extends EventListener {

    private final LastVisits lastVisits;

    CompletedSessionsListener(LastVisits lastVisits) {
        this.lastVisits = lastVisits;
    }

    @KafkaHandler
    void on(AppointmentCompleted completed) {
        lastVisits.record(completed.chainId(), completed.clientId(), completed.therapistId(), completed.startsAt());
    }
}
