package com.stillpoint.intake.records;

import com.stillpoint.intake.forms.FormDraft;
import com.stillpoint.intake.forms.FormStep;
import com.stillpoint.intake.protection.ProtectedDocument;
import com.stillpoint.intake.requests.IntakeRef;
import com.stillpoint.platform.aggregate.AggregateRoot;
import com.stillpoint.platform.problem.ConflictException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * A client's intake form, from the first saved step to submission; immutable once submitted. Every answer is
 * sealed: the document holds ciphertext only, plus whether a review is needed (a status booking and the desk see
 * anyway). Its id is the id of the appointment it was filled in for.
 */
public class IntakeRecord extends AggregateRoot {

    static final String COLLECTION = "intake_records";

    private String clientId;
    private String modality;
    private FormDraft draft;
    private Instant startedAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private boolean flagged;

    private IntakeRecord() {
    }

    private IntakeRecord(String appointmentId, String chainId) {
        super(appointmentId, chainId);
    }

    static IntakeRecord start(String appointmentId, String chainId, String clientId, String modality,
                              int templateVersion, Clock clock) {
        IntakeRecord record = new IntakeRecord(appointmentId, chainId);
        record.clientId = clientId;
        record.modality = modality;
        record.draft = FormDraft.empty(templateVersion);
        record.startedAt = clock.instant();
        record.updatedAt = record.startedAt;
        return record;
    }

    /** What its ciphertexts are bound to. */
    static ProtectedDocument protectedDocument(String appointmentId, String clientId) {
        return new ProtectedDocument(COLLECTION, appointmentId, clientId);
    }

    ProtectedDocument protectedDocument() {
        return protectedDocument(id(), clientId);
    }

    void saveStep(FormStep step, Map<String, String> sealedStepAnswers, boolean completed, Clock clock) {
        requireDraft();
        draft = draft.withStep(step, sealedStepAnswers, completed);
        updatedAt = clock.instant();
    }

    /**
     * @param flagged whether the answers met a contraindication rule of the draft's template version; which ones
     *                is worked out again from the answers whenever they are read, so it is stored nowhere
     */
    void submit(boolean flagged, Clock clock) {
        requireDraft();
        this.flagged = flagged;
        submittedAt = clock.instant();
        updatedAt = submittedAt;
    }

    private void requireDraft() {
        if (isSubmitted()) {
            throw new ConflictException("intake-submitted", "Intake " + id() + " is submitted and cannot change.");
        }
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** How requests refer to it once submitted. */
    IntakeRef ref() {
        return new IntakeRef(id(), submittedAt, flagged, modality);
    }

    public FormDraft draft() {
        return draft;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
