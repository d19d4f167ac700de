package com.stillpoint.intake.records;

import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.ContraindicationRule;
import com.stillpoint.intake.forms.FormTemplate;

import java.time.Instant;
import java.util.List;

/**
 * A submitted intake opened for its reader: the answers with the template version they were given to, and the
 * contraindication rules they meet.
 */
public record IntakeAnswers(String recordId, Instant submittedAt, FormTemplate template, Answers answers,
                            List<ContraindicationRule> contraindications) {
}
