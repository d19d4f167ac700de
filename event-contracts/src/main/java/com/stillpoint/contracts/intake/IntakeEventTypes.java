package com.stillpoint.contracts.intake;

import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.Topics;

import java.util.List;

/** The events intake-service publishes. None carries an answer, a score or a reason. */
public final class IntakeEventTypes {

    public static final EventType INTAKE_REQUESTED =
            new EventType("intake.requested", 1, Topics.INTAKE, IntakeRequested.class);

    public static final List<EventType> ALL = List.of(INTAKE_REQUESTED);

    private IntakeEventTypes() {
    }
}
