package com.stillpoint.intake.surveys;

import java.time.Instant;

/**
 * One session's measurement in a treatment plan's trend.
 *
 * @param escalated whether the survey raised an escalation (thoughts of self-harm)
 */
public record OutcomePoint(String surveyId, String appointmentId, Instant sessionStartsAt, Scores scores,
                           boolean escalated) {
}
