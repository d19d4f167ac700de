package com.stillpoint.intake.surveys;

import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.contracts.intake.EscalationRaised;
import com.stillpoint.contracts.intake.SurveyRequested;
import com.stillpoint.intake.forms.FormDraft;
import com.stillpoint.intake.forms.FormStep;
import com.stillpoint.intake.protection.ProtectedDocument;
import com.stillpoint.platform.aggregate.AggregateRoot;
import com.stillpoint.platform.problem.ConflictException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The follow-up survey of one completed session. Answers and scores are sealed; the document holds in the clear
 * only what staff lists need without opening health data: whether it was submitted, escalated, or showed a
 * worsening trend.
 */
public class Survey extends AggregateRoot {

    static final String COLLECTION = "surveys";
    static final String SCORES = "scores";

    private String appointmentId;
    private String clientId;
    private String clinicId;
    private String therapistId;
    private String treatmentPlanId;
    private Instant sessionStartsAt;
    private Instant sessionCompletedAt;
    private ZoneId clinicZone;
    private Set<Measure> measures;
    private FormDraft draft;
    private Instant sendAfter;
    private Instant expiresAt;
    private Instant submittedAt;
    private String sealedScores;
    private String escalationId;
    private boolean worsening;

    private Survey() {
    }

    private Survey(String id, String chainId) {
        super(id, chainId);
    }

    static String idFor(String appointmentId) {
        return "survey-" + appointmentId;
    }

    /**
     * @param measures the plan's chosen measures, fixed for this survey even if the plan's choice changes later
     */
    static Survey request(AppointmentCompleted completed, Set<Measure> measures, int templateVersion,
                          String sealedLink, Instant sendAfter, Instant expiresAt, Clock clock) {
        Survey survey = new Survey(idFor(completed.appointmentId()), completed.chainId());
        survey.appointmentId = completed.appointmentId();
        survey.clientId = completed.clientId();
        survey.clinicId = completed.clinicId();
        survey.therapistId = completed.therapistId();
        survey.treatmentPlanId = completed.treatmentPlanId();
        survey.sessionStartsAt = completed.startsAt();
        survey.sessionCompletedAt = completed.completedAt();
        survey.clinicZone = completed.clinicZone();
        survey.measures = measures.isEmpty() ? EnumSet.noneOf(Measure.class) : EnumSet.copyOf(measures);
        survey.draft = FormDraft.empty(templateVersion);
        survey.sendAfter = sendAfter;
        survey.expiresAt = expiresAt;
        survey.registerEvent(new SurveyRequested(UUID.randomUUID(), clock.instant(), completed.chainId(), survey.id(),
                survey.appointmentId, survey.clientId, survey.clinicId, sealedLink, sendAfter, expiresAt));
        return survey;
    }

    static ProtectedDocument protectedDocument(String surveyId, String clientId) {
        return new ProtectedDocument(COLLECTION, surveyId, clientId);
    }

    public ProtectedDocument protectedDocument() {
        return protectedDocument(id(), clientId);
    }

    void saveStep(FormStep step, Map<String, String> sealedStepAnswers, boolean completed) {
        requireOpen();
        draft = draft.withStep(step, sealedStepAnswers, completed);
    }

    /**
     * Alerts clinic staff that the client needs prompt personal follow-up. Once per survey: the event says only
     * that, never why.
     */
    void escalate(Clock clock) {
        if (escalationId != null) {
            return;
        }
        escalationId = "esc-" + UUID.randomUUID();
        registerEvent(new EscalationRaised(UUID.randomUUID(), clock.instant(), chainId(), escalationId, clientId,
                clinicId, appointmentId));
    }

    void submit(String sealedScores, boolean worsening, Clock clock) {
        requireOpen();
        this.sealedScores = sealedScores;
        this.worsening = worsening;
        submittedAt = clock.instant();
    }

    private void requireOpen() {
        if (isSubmitted()) {
            throw new ConflictException("survey-submitted", "Survey " + id() + " is submitted and cannot change.");
        }
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Whether its link has gone out to the client by {@code now}. */
    public boolean wasSentBy(Instant now) {
        return !sendAfter.isAfter(now);
    }

    public boolean isEscalated() {
        return escalationId != null;
    }

    public String appointmentId() {
        return appointmentId;
    }

    public String clientId() {
        return clientId;
    }

    public String clinicId() {
        return clinicId;
    }

    public String therapistId() {
        return therapistId;
    }

    public String treatmentPlanId() {
        return treatmentPlanId;
    }

    public Instant sessionStartsAt() {
        return sessionStartsAt;
    }

    public ZoneId clinicZone() {
        return clinicZone;
    }

    public Set<Measure> measures() {
        return measures.isEmpty() ? Set.of() : Set.copyOf(measures);
    }

    public FormDraft draft() {
        return draft;
    }

    String sealedScores() {
        return sealedScores;
    }

    /** Whether this survey showed the plan's trend worsening when it was submitted. */
    public boolean showedWorsening() {
        return worsening;
    }
}
