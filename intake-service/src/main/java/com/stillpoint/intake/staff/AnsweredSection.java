package com.stillpoint.intake.staff;

import com.stillpoint.intake.forms.ContraindicationRule;
import com.stillpoint.intake.forms.FormStep;
import com.stillpoint.intake.forms.Question;
import com.stillpoint.intake.records.IntakeAnswers;

import java.util.List;

/** One step of a submitted intake as staff read it: each answered question with the answers' labels. */
record AnsweredSection(String title, List<AnsweredQuestion> answers) {

    /** @param flagged whether a contraindication rule is about this question */
    record AnsweredQuestion(String questionId, String question, List<String> answer, boolean flagged) {
    }

    static List<AnsweredSection> of(IntakeAnswers intake) {
        return intake.template().steps().stream().map(step -> sectionOf(step, intake)).toList();
    }

    private static AnsweredSection sectionOf(FormStep step, IntakeAnswers intake) {
        return new AnsweredSection(step.title(), step.questions().stream()
                .filter(question -> intake.answers().isAnswered(question.id()))
                .map(question -> answerTo(question, intake)).toList());
    }

    private static AnsweredQuestion answerTo(Question question, IntakeAnswers intake) {
        return new AnsweredQuestion(question.id(), question.label(),
                intake.answers().all(question.id()).stream().map(question::labelOf).toList(),
                intake.contraindications().stream().map(ContraindicationRule::question)
                        .anyMatch(question.id()::equals));
    }
}
