package com.stillpoint.notification.events;

import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.notification.schedule.MessageScheduling;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Intake events: links the client needs to receive. */
@Component
@KafkaListener(topics = "intake.events")
class IntakeEventsListener extends EventListener {

    private final MessageScheduling scheduling;

    IntakeEventsListener(MessageScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @KafkaHandler
    void on(IntakeRequested requested) {
        scheduling.onIntakeRequested(requested);
    }
}
