package com.stillpoint.notification.events;

import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.contracts.intake.IntakeStatusChanged;
import com.stillpoint.contracts.intake.SurveyRequested;
import com.stillpoint.notification.schedule.MessageScheduling;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Intake events: links the client needs to receive, and whether intake is done (which ends the nudges). */
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

    @KafkaHandler
    void on(IntakeStatusChanged changed) {
        scheduling.onIntakeStatusChanged(changed);
    }

    @KafkaHandler
    void on(SurveyRequested requested) {
        scheduling.onSurveyRequested(requested);
    }
}
