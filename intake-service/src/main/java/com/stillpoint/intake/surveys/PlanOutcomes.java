package com.stillpoint.intake.surveys;

import com.stillpoint.intake.protection.Access;
import com.stillpoint.intake.protection.HealthDataVault;
import org.springframework.stereotype.Service;

import java.util.List;

/** A treatment plan's outcome trend, opened from its submitted surveys: each survey read is audited. */
@Service
public class PlanOutcomes {

    private final Surveys surveys;
    private final HealthDataVault vault;

    PlanOutcomes(Surveys surveys, HealthDataVault vault) {
        this.surveys = surveys;
        this.vault = vault;
    }

    public OutcomeTrend trendOf(TreatmentPlan plan, Access access) {
        return OutcomeTrend.of(pointsOf(plan.id(), access));
    }

    /**
     * Whether the plan needs its therapist's attention: its latest survey showed a worsening trend, or a survey
     * raised an escalation. Read from the flags kept in the clear, so listing plans opens no health data.
     */
    public boolean needsAttention(String treatmentPlanId) {
        List<Survey> submitted = surveys.submittedOfPlan(treatmentPlanId);
        return !submitted.isEmpty() && submitted.get(submitted.size() - 1).showedWorsening()
                || submitted.stream().anyMatch(Survey::isEscalated);
    }

    List<OutcomePoint> pointsOf(String treatmentPlanId, Access access) {
        return surveys.submittedOfPlan(treatmentPlanId).stream().map(survey -> new OutcomePoint(survey.id(),
                survey.appointmentId(), survey.sessionStartsAt(), Scores.fromJson(
                vault.open(survey.protectedDocument(), Survey.SCORES, survey.sealedScores(), access)),
                survey.isEscalated())).toList();
    }
}
