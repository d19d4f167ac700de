package com.stillpoint.intake.staff;

import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.intake.records.IntakeAnswers;
import com.stillpoint.intake.requests.IntakeRequest;

import java.time.Instant;
import java.util.List;

/**
 * A submitted intake for the appointment's therapist.
 *
 * @param contraindications why a review is needed: the rule and what the therapist should check
 */
record IntakeAnswersView(String appointmentId, String clientId, IntakeReadiness readiness, Instant submittedAt,
                         int templateVersion, List<AnsweredSection> sections, List<Contraindication> contraindications) {

    record Contraindication(String rule, String review) {
    }

    static IntakeAnswersView of(IntakeRequest request, IntakeAnswers intake) {
        return new IntakeAnswersView(request.appointmentId(), request.clientId(), request.readiness(),
                intake.submittedAt(), intake.template().version(), AnsweredSection.of(intake),
                intake.contraindications().stream()
                        .map(rule -> new Contraindication(rule.id(), rule.review())).toList());
    }
}
