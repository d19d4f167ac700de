package com.stillpoint.intake.forms;

import java.util.List;

/**
 * One page of a form: the client saves it before moving on, so a long form never loses what was typed.
 *
 * @param key      stable; it is the step's address, e.g. {@code /intake/steps/health}
 * @param optional the client may skip the whole step; its questions are then all optional too
 */
public record FormStep(String key, String title, String intro, boolean optional, List<Question> questions) {

    public FormStep {
        questions = List.copyOf(questions);
    }
}
