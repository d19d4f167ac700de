package com.stillpoint.notification.events;

import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.notification.recipients.Recipients;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Client profiles, which keep the recipient projection. */
@Component
@KafkaListener(topics = "booking.clients")
class ClientProfilesListener extends EventListener {

    private final Recipients recipients;

    ClientProfilesListener(Recipients recipients) {
        this.recipients = recipients;
    }

    @KafkaHandler
    void on(ClientProfileChanged profile) {
        recipients.apply(profile);
    }
}
