package com.stillpoint.booking.intakeflags;

import com.stillpoint.contracts.intake.EscalationRaised;
import com.stillpoint.contracts.intake.IntakeStatusChanged;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What booking keeps of intake-service's events: each appointment's intake status and the clients flagged for
 * follow-up, for the staff calendar. Both writes keep the latest state, so a redelivery changes nothing.
 */
@Component
@KafkaListener(topics = "intake.events")
class IntakeEventsListener extends EventListener {

    private final IntakeStatuses statuses;
    private final FollowUps followUps;

    IntakeEventsListener(IntakeStatuses statuses, FollowUps followUps) {
        this.statuses = statuses;
        this.followUps = followUps;
    }

    @KafkaHandler
    void on(IntakeStatusChanged changed) {
        statuses.apply(changed);
    }

    @KafkaHandler
    void on(EscalationRaised raised) {
        followUps.raise(raised);
    }
}
