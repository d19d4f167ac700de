package com.stillpoint.intake.records;

import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.FormDraft;
import com.stillpoint.intake.forms.FormStep;
import com.stillpoint.intake.forms.FormTemplate;
import com.stillpoint.intake.forms.FormTemplates;
import com.stillpoint.intake.forms.SealedAnswers;
import com.stillpoint.intake.forms.Submission;
import com.stillpoint.intake.protection.Access;
import com.stillpoint.intake.protection.ReadPurpose;
import com.stillpoint.intake.requests.IntakeCompletion;
import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.storage.ConcurrentWrites;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * A client filling in their intake, step by step. Each saved step is sealed and stored at once, so nothing typed
 * is lost when the client leaves; reading it back is audited like any other read of health data.
 */
@Service
public class IntakeFilling {

    static final String TEMPLATE = "intake";

    private final IntakeRecords records;
    private final FormTemplates templates;
    private final SealedAnswers sealedAnswers;
    private final IntakeCompletion completion;
    private final Clock clock;

    IntakeFilling(IntakeRecords records, FormTemplates templates, SealedAnswers sealedAnswers,
                  IntakeCompletion completion, Clock clock) {
        this.records = records;
        this.templates = templates;
        this.sealedAnswers = sealedAnswers;
        this.completion = completion;
        this.clock = clock;
    }

    /** The template the client answers: the draft's version once started, else the current one. */
    public FormTemplate templateFor(IntakeRequest request) {
        return records.find(request.appointmentId())
                .map(record -> templates.get(TEMPLATE, record.draft().templateVersion()))
                .orElseGet(() -> templates.current(TEMPLATE));
    }

    /** The draft so far (sealed), if the client saved a step yet. */
    public Optional<FormDraft> draftOf(IntakeRequest request) {
        return records.find(request.appointmentId()).map(IntakeRecord::draft);
    }

    public boolean isSubmitted(IntakeRequest request) {
        return records.find(request.appointmentId()).map(IntakeRecord::isSubmitted).orElse(false);
    }

    /** What the client saved on a step before, opened for them (and audited). */
    public Answers savedAnswers(IntakeRequest request, FormStep step) {
        return records.find(request.appointmentId())
                .map(record -> sealedAnswers.open(record.protectedDocument(), record.draft().sealedAnswersOf(step),
                        Access.client(request.clientId(), ReadPurpose.CLIENT_CONTINUING_FORM)))
                .orElse(Answers.NONE);
    }

    /**
     * Seals and stores a step's answers, replacing what the step held before.
     *
     * @param completed whether the client moved on from the step
     */
    public void saveStep(IntakeRequest request, FormStep step, Answers answers, boolean completed) {
        var sealed = sealedAnswers.seal(IntakeRecord.protectedDocument(request.appointmentId(), request.clientId()),
                answers);
        ConcurrentWrites.retry(() -> {
            Optional<IntakeRecord> existing = records.find(request.appointmentId());
            IntakeRecord record = existing.orElseGet(() -> IntakeRecord.start(request.appointmentId(),
                    request.chainId(), request.clientId(), request.modality(),
                    templates.current(TEMPLATE).version(), clock));
            record.saveStep(step, sealed, completed, clock);
            if (existing.isPresent()) {
                records.save(record);
            } else {
                records.add(record);
            }
            return record;
        });
    }

    /**
     * Submits the draft if every required question is answered: it is checked against the contraindication rules,
     * frozen, and every appointment of the client it satisfies learns its status. Safe to repeat.
     */
    public Submission submit(IntakeRequest request) {
        FormTemplate template = templateFor(request);
        Optional<IntakeRecord> found = records.find(request.appointmentId());
        if (found.isEmpty()) {
            return new Submission.Incomplete(template.steps().get(0));
        }
        IntakeRecord record = found.get();
        if (!record.isSubmitted()) {
            Answers answers = sealedAnswers.open(record.protectedDocument(), record.draft().sealedAnswers(),
                    Access.client(request.clientId(), ReadPurpose.CLIENT_SUBMITTING_FORM));
            Optional<FormStep> incomplete = template.firstIncompleteStep(answers);
            if (incomplete.isPresent()) {
                return new Submission.Incomplete(incomplete.get());
            }
            record.submit(!template.contraindicationsIn(answers).isEmpty(), clock);
            records.save(record);
        }
        completion.intakeSubmitted(request.clientId(), record.ref());
        return new Submission.Submitted();
    }
}
