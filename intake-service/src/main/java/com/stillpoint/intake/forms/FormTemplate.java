package com.stillpoint.intake.forms;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A versioned form: its steps, and the rules that mark answers for a therapist's review. Stored answers name the
 * template version they were given to, so an old intake is always shown with the questions the client saw.
 *
 * @param id e.g. {@code intake} or {@code survey}
 */
public record FormTemplate(String id, int version, List<FormStep> steps, List<ContraindicationRule> contraindications) {

    public FormTemplate {
        steps = List.copyOf(steps);
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
        checkConsistency(id, version, steps, contraindications);
    }

    public Optional<FormStep> step(String key) {
        return steps.stream().filter(step -> step.key().equals(key)).findFirst();
    }

    /** 1 for the first step. */
    public int numberOf(FormStep step) {
        return IntStream.range(0, steps.size()).filter(i -> steps.get(i).key().equals(step.key())).findFirst()
                .orElseThrow() + 1;
    }

    public Optional<FormStep> after(FormStep step) {
        int next = numberOf(step);
        return next < steps.size() ? Optional.of(steps.get(next)) : Optional.empty();
    }

    public Optional<FormStep> before(FormStep step) {
        int previous = numberOf(step) - 2;
        return previous >= 0 ? Optional.of(steps.get(previous)) : Optional.empty();
    }

    public Optional<Question> question(String questionId) {
        return steps.stream().flatMap(step -> step.questions().stream())
                .filter(question -> question.id().equals(questionId)).findFirst();
    }

    /** The template without the questions of measures not chosen. */
    public FormTemplate including(Set<String> measures) {
        return new FormTemplate(id, version, steps.stream().map(step -> new FormStep(step.key(), step.title(),
                step.intro(), step.optional(), step.questions().stream()
                .filter(question -> question.includedWith() == null || measures.contains(question.includedWith()))
                .toList())).toList(), contraindications);
    }

    /** The first step with a required question left unanswered, if any: a form is complete only without one. */
    public Optional<FormStep> firstIncompleteStep(Answers answers) {
        return steps.stream().filter(step -> !StepCheck.of(step, answers.values(), true).isValid()).findFirst();
    }

    /** The rules the answers meet, in the template's order. */
    public List<ContraindicationRule> contraindicationsIn(Answers answers) {
        return contraindications.stream().filter(rule -> rule.matches(answers)).toList();
    }

    private static void checkConsistency(String id, int version, List<FormStep> steps,
                                         List<ContraindicationRule> rules) {
        String name = id + " v" + version;
        Set<String> stepKeys = new HashSet<>();
        Set<String> questionIds = new HashSet<>();
        for (FormStep step : steps) {
            require(stepKeys.add(step.key()), name + ": step " + step.key() + " appears twice");
            for (Question question : step.questions()) {
                require(questionIds.add(question.id()), name + ": question " + question.id() + " appears twice");
                switch (question.kind()) {
                    case SCALE -> require(question.min() != null && question.max() != null
                            && question.min() < question.max(), name + ": scale " + question.id() + " needs min < max");
                    case SINGLE_CHOICE, MULTI_CHOICE -> require(!question.options().isEmpty(),
                            name + ": " + question.id() + " needs options");
                    default -> {
                    }
                }
            }
        }
        for (ContraindicationRule rule : rules) {
            Question question = steps.stream().flatMap(step -> step.questions().stream())
                    .filter(candidate -> candidate.id().equals(rule.question())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            name + ": rule " + rule.id() + " names no question " + rule.question()));
            Set<String> values = new HashSet<>();
            question.choices().forEach(option -> values.add(option.value()));
            require(!rule.anyOf().isEmpty() && values.containsAll(rule.anyOf()),
                    name + ": rule " + rule.id() + " names values question " + rule.question() + " does not offer");
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
