package com.stillpoint.intake.surveys;

import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.intake.forms.FormTemplates;
import com.stillpoint.intake.links.ClientLinks;
import com.stillpoint.intake.links.LinkPurpose;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Asks for a follow-up survey after each completed session: sent about a day later (notification-service waits
 * until {@code sendAfter}), through a one-time link that works for a week after that.
 */
@Service
public class SurveyRequesting {

    static final String TEMPLATE = "survey";

    private final Surveys surveys;
    private final TreatmentPlans plans;
    private final FormTemplates templates;
    private final ClientLinks links;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveyRequesting(Surveys surveys, TreatmentPlans plans, FormTemplates templates, ClientLinks links,
                     SurveyProperties properties, Clock clock) {
        this.surveys = surveys;
        this.plans = plans;
        this.templates = templates;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Asks for the session's survey, unless already asked. A completion that arrives late (booking marked the
     * session done days afterwards) is followed up at once, so the link still works for its full lifetime.
     */
    public void requestFor(AppointmentCompleted completed) {
        String surveyId = Survey.idFor(completed.appointmentId());
        if (surveys.find(surveyId).isPresent()) {
            return;
        }
        Set<Measure> measures = completed.treatmentPlanId() == null ? Set.of()
                : plans.find(completed.treatmentPlanId()).map(TreatmentPlan::measures).orElse(Set.of());
        Instant sendAfter = latest(completed.completedAt().plus(properties.sendDelay()), clock.instant());
        Instant expiresAt = sendAfter.plus(properties.linkLifetime());
        String link = links.issueSealed(LinkPurpose.SURVEY, surveyId, expiresAt);
        try {
            surveys.add(Survey.request(completed, measures, templates.current(TEMPLATE).version(), link, sendAfter,
                    expiresAt, clock));
        } catch (DuplicateKeyException redeliveredMeanwhile) {
            // The other delivery made the survey; the token issued here is never sent, so it can never be used.
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
