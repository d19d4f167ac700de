package com.stillpoint.contracts.intake;

import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.Topics;

import java.util.List;

/** The events intake-service publishes. None carries an answer, a score or a reason. */
public final class IntakeEventTypes {

    public static final EventType INTAKE_REQUESTED =
            new EventType("intake.requested", 1, Topics.INTAKE, IntakeRequested.class);

    public static final EventType INTAKE_STATUS_CHANGED =
            new EventType("intake.status-changed", 1, Topics.INTAKE, IntakeStatusChanged.class);
    public static final EventType SURVEY_REQUESTED =
            new EventType("survey.requested", 1, Topics.INTAKE, SurveyRequested.class);
    public static final EventType ESCALATION_RAISED =
            new EventType("outcome.escalation-raised", 1, Topics.INTAKE, EscalationRaised.class);

    public static final List<EventType> ALL =
            List.of(INTAKE_REQUESTED, INTAKE_STATUS_CHANGED, SURVEY_REQUESTED, ESCALATION_RAISED);

    private IntakeEventTypes() {
    }
}
