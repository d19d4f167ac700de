package com.stillpoint.intake.booking;

import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.intake.clients.ClientNames;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Clients' names for staff pages. */
@Component
@KafkaListener(topics = "booking.clients")
class ClientEventsListener extends EventListener {

    private final ClientNames names;

    ClientEventsListener(ClientNames names) {
        this.names = names;
    }

    @KafkaHandler
    void on(ClientProfileChanged changed) {
        names.apply(changed);
    }
}
