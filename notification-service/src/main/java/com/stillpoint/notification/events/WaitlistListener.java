package com.stillpoint.notification.events;

import com.stillpoint.contracts.booking.WaitlistOfferMade;
import com.stillpoint.notification.schedule.MessageScheduling;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Waitlist offers: a freed slot, offered to a waiting client until it expires. */
@Component
@KafkaListener(topics = "booking.waitlist")
class WaitlistListener extends EventListener {

    private final MessageScheduling scheduling;

    WaitlistListener(MessageScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @KafkaHandler
    void on(WaitlistOfferMade offer) {
        scheduling.onWaitlistOffer(offer);
    }
}
