package com.stillpoint.intake.booking;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.intake.requests.IntakeRequesting;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** What intake needs to hear from booking about appointments. */
@Component
@KafkaListener(topics = "booking.appointments")
class BookingEventsListener extends EventListener {

    private final IntakeRequesting intakeRequesting;

    BookingEventsListener(IntakeRequesting intakeRequesting) {
        this.intakeRequesting = intakeRequesting;
    }

    @KafkaHandler
    void on(AppointmentBooked booked) {
        intakeRequesting.requestFor(booked);
    }

    @KafkaHandler
    void on(AppointmentCancelled cancelled) {
        intakeRequesting.withdrawFor(cancelled);
    }
}
