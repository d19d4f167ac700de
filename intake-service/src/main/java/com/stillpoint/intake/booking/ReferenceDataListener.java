package com.stillpoint.intake.booking;

import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.platform.messaging.EventListener;
import com.stillpoint.platform.reference.ClinicDirectory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps intake's copy of the clinics, for the names and time zones its pages show. */
@Component
@KafkaListener(topics = "booking.reference")
class ReferenceDataListener extends EventListener {

    private final ClinicDirectory clinics;

    ReferenceDataListener(ClinicDirectory clinics) {
        this.clinics = clinics;
    }

    @KafkaHandler
    void on(ClinicChanged changed) {
        clinics.apply(changed);
    }
}
