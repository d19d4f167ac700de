package com.stillpoint.intake.surveys;

import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.FormStep;
import com.stillpoint.intake.forms.FormTemplate;
import com.stillpoint.intake.forms.FormTemplates;
import com.stillpoint.intake.forms.SealedAnswers;
import com.stillpoint.intake.forms.Submission;
import com.stillpoint.intake.protection.Access;
import com.stillpoint.intake.protection.HealthDataVault;
import com.stillpoint.intake.protection.ReadPurpose;
import com.stillpoint.intake.storage.ConcurrentWrites;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A client answering their follow-up survey. Thoughts of self-harm (PHQ-9 item 9 above 0) raise an escalation as
 * soon as the answer is saved, not only on submission: a client who stops there still gets a person's attention.
 */
@Service
public class SurveyFilling {

    private final Surveys surveys;
    private final FormTemplates templates;
    private final SealedAnswers sealedAnswers;
    private final HealthDataVault vault;
    private final PlanOutcomes outcomes;
    private final Clock clock;

    SurveyFilling(Surveys surveys, FormTemplates templates, SealedAnswers sealedAnswers, HealthDataVault vault,
                  PlanOutcomes outcomes, Clock clock) {
        this.surveys = surveys;
        this.templates = templates;
        this.sealedAnswers = sealedAnswers;
        this.vault = vault;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** The survey's questions: the template version it was created with, with the measures its plan chose. */
    public FormTemplate templateFor(Survey survey) {
        return templates.get(SurveyRequesting.TEMPLATE, survey.draft().templateVersion())
                .including(survey.measures().stream().map(Measure::name).collect(Collectors.toSet()));
    }

    /** What the client saved on a step before, opened for them (and audited). */
    public Answers savedAnswers(Survey survey, FormStep step) {
        return sealedAnswers.open(survey.protectedDocument(), survey.draft().sealedAnswersOf(step),
                Access.client(survey.clientId(), ReadPurpose.CLIENT_CONTINUING_FORM));
    }

    /**
     * Seals and stores a step's answers.
     *
     * @param completed whether the client moved on from the step
     * @return whether the survey is escalated (the client must see crisis resources now)
     */
    public boolean saveStep(Survey survey, FormStep step, Answers answers, boolean completed) {
        var sealed = sealedAnswers.seal(survey.protectedDocument(), answers);
        boolean selfHarmThoughts = Scores.reportsSelfHarmThoughts(answers);
        return change(survey.id(), current -> {
            current.saveStep(step, sealed, completed);
            if (selfHarmThoughts) {
                current.escalate(clock);
            }
        }).isEscalated();
    }

    /** Scores and submits the survey if every required question is answered. */
    public Submission submit(Survey survey) {
        if (survey.isSubmitted()) {
            return new Submission.Submitted();
        }
        FormTemplate template = templateFor(survey);
        Answers answers = sealedAnswers.open(survey.protectedDocument(), survey.draft().sealedAnswers(),
                Access.client(survey.clientId(), ReadPurpose.CLIENT_SUBMITTING_FORM));
        Optional<FormStep> incomplete = template.firstIncompleteStep(answers);
        if (incomplete.isPresent()) {
            return new Submission.Incomplete(incomplete.get());
        }
        Scores scores = Scores.of(answers, survey.measures());
        boolean worsening = worseningWith(survey, scores);
        String sealedScores = vault.seal(survey.protectedDocument(), Survey.SCORES, scores.toJson());
        change(survey.id(), current -> {
            if (current.isSubmitted()) {
                return;
            }
            if (Scores.reportsSelfHarmThoughts(answers)) {
                current.escalate(clock);
            }
            current.submit(sealedScores, worsening, clock);
        });
        return new Submission.Submitted();
    }

    private boolean worseningWith(Survey survey, Scores scores) {
        if (survey.treatmentPlanId() == null) {
            return false;
        }
        List<OutcomePoint> points = new ArrayList<>(outcomes.pointsOf(survey.treatmentPlanId(),
                Access.system(ReadPurpose.TREND_EVALUATION)));
        points.add(new OutcomePoint(survey.id(), survey.appointmentId(), survey.sessionStartsAt(), scores,
                survey.isEscalated()));
        return OutcomeTrend.of(points).isWorsening();
    }

    private Survey change(String surveyId, Consumer<Survey> change) {
        return ConcurrentWrites.retry(() -> {
            Survey current = surveys.get(surveyId);
            change.accept(current);
            surveys.save(current);
            return current;
        });
    }
}
