package com.stillpoint.intake.forms;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form being filled in, as stored: every answer sealed on its own (see {@code protection.HealthDataVault}), and
 * the steps the client has saved. Saving a step replaces only that step's answers.
 *
 * @param templateVersion the template version the client is answering
 * @param sealedAnswers   sealed answers by question id; unanswered questions are absent
 * @param savedSteps      keys of the steps saved at least once, in the order first saved
 */
public record FormDraft(int templateVersion, Map<String, String> sealedAnswers, List<String> savedSteps) {

    public FormDraft {
        sealedAnswers = sealedAnswers == null ? Map.of() : Map.copyOf(sealedAnswers);
        savedSteps = savedSteps == null ? List.of() : List.copyOf(savedSteps);
    }

    public static FormDraft empty(int templateVersion) {
        return new FormDraft(templateVersion, Map.of(), List.of());
    }

    public FormDraft withStep(FormStep step, Map<String, String> sealedStepAnswers) {
        Map<String, String> answers = new LinkedHashMap<>(sealedAnswers);
        step.questions().forEach(question -> answers.remove(question.id()));
        answers.putAll(sealedStepAnswers);
        Set<String> steps = new LinkedHashSet<>(savedSteps);
        steps.add(step.key());
        return new FormDraft(templateVersion, answers, List.copyOf(steps));
    }

    /** The sealed answers of one step's questions. */
    public Map<String, String> sealedAnswersOf(FormStep step) {
        Map<String, String> ofStep = new LinkedHashMap<>();
        step.questions().forEach(question -> {
            if (sealedAnswers.containsKey(question.id())) {
                ofStep.put(question.id(), sealedAnswers.get(question.id()));
            }
        });
        return ofStep;
    }

    public boolean hasSaved(FormStep step) {
        return savedSteps.contains(step.key());
    }
}
