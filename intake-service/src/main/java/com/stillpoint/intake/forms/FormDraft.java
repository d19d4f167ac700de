package com.stillpoint.intake.forms;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form being filled in, as stored: every answer sealed on its own (see {@code protection.HealthDataVault}), and
 * the steps the client has completed. Saving a step replaces only that step's answers; a step counts as completed
 * once the client moved on from it, so a client who stopped half-way resumes where they stopped.
 *
 * @param templateVersion the template version the client is answering
 * @param sealedAnswers   sealed answers by question id; unanswered questions are absent
 * @param completedSteps  keys of the steps the client moved on from, in the order first completed
 */
public record FormDraft(int templateVersion, Map<String, String> sealedAnswers, List<String> completedSteps) {

    public FormDraft {
        sealedAnswers = sealedAnswers == null ? Map.of() : Map.copyOf(sealedAnswers);
        completedSteps = completedSteps == null ? List.of() : List.copyOf(completedSteps);
    }

    public static FormDraft empty(int templateVersion) {
        return new FormDraft(templateVersion, Map.of(), List.of());
    }

    /** @param completed whether the client moved on from the step (rather than stopping on it, or going back) */
    public FormDraft withStep(FormStep step, Map<String, String> sealedStepAnswers, boolean completed) {
        Map<String, String> answers = new LinkedHashMap<>(sealedAnswers);
        step.questions().forEach(question -> answers.remove(question.id()));
        answers.putAll(sealedStepAnswers);
        Set<String> steps = new LinkedHashSet<>(completedSteps);
        if (completed) {
            steps.add(step.key());
        }
        return new FormDraft(templateVersion, answers, List.copyOf(steps));
    }

    /** Whether the client has saved anything yet. */
    public boolean isStarted() {
        return !sealedAnswers.isEmpty() || !completedSteps.isEmpty();
    }

    /** Where a client who comes back continues: the first step not completed (or the last step). */
    public FormStep resumeStepIn(FormTemplate template) {
        return template.steps().stream().filter(step -> !isCompleted(step)).findFirst()
                .orElse(template.steps().get(template.steps().size() - 1));
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

    public boolean isCompleted(FormStep step) {
        return completedSteps.contains(step.key());
    }
}
