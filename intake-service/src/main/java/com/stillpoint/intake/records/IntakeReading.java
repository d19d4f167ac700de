package com.stillpoint.intake.records;

import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.FormTemplate;
import com.stillpoint.intake.forms.FormTemplates;
import com.stillpoint.intake.forms.SealedAnswers;
import com.stillpoint.intake.protection.Access;
import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Opens the intake an appointment relies on for staff allowed to read it (the caller checks who may). Every read is
 * audited with the reader and the purpose.
 */
@Service
public class IntakeReading {

    private final IntakeRecords records;
    private final FormTemplates templates;
    private final SealedAnswers sealedAnswers;

    IntakeReading(IntakeRecords records, FormTemplates templates, SealedAnswers sealedAnswers) {
        this.records = records;
        this.templates = templates;
        this.sealedAnswers = sealedAnswers;
    }

    /** @throws NotFoundException if no submitted intake backs the appointment yet */
    public IntakeAnswers read(IntakeRequest request, Access access) {
        if (request.intake() == null) {
            throw new NotFoundException("submitted intake for appointment", request.appointmentId());
        }
        IntakeRecord record = records.get(request.intake().recordId());
        FormTemplate template = templates.get(IntakeFilling.TEMPLATE, record.draft().templateVersion());
        Answers answers = sealedAnswers.open(record.protectedDocument(), record.draft().sealedAnswers(), access);
        return new IntakeAnswers(record.id(), record.submittedAt(), template, answers,
                template.contraindicationsIn(answers));
    }
}
