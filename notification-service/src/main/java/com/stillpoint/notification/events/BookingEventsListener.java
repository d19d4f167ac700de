package com.stillpoint.notification.events;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.contracts.booking.AppointmentNoShow;
import com.stillpoint.contracts.booking.AppointmentRescheduled;
import com.stillpoint.notification.schedule.MessageScheduling;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Appointment events, which decide what clients hear about their appointments. */
@Component
@KafkaListener(topics = "booking.appointments")
class BookingEventsListener extends EventListener {

    private final MessageScheduling scheduling;

    BookingEventsListener(MessageScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @KafkaHandler
    void on(AppointmentBooked booked) {
        scheduling.onBooked(booked);
    }

    @KafkaHandler
    void on(AppointmentRescheduled rescheduled) {
        scheduling.onRescheduled(rescheduled);
    }

    @KafkaHandler
    void on(AppointmentCancelled cancelled) {
        scheduling.onCancelled(cancelled);
    }

    @KafkaHandler
    void on(AppointmentCompleted completed) {
        scheduling.onCompleted(completed);
    }

    @KafkaHandler
    void on(AppointmentNoShow noShow) {
        scheduling.onNoShow(noShow);
    }
}
