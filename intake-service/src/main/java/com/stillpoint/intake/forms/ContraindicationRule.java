package com.stillpoint.intake.forms;

import java.util.Set;

/**
 * Marks an intake for a therapist's review before the session when an answer is one of some values, e.g.
 * "conditions" includes "blood-clots", or "anticoagulants" is "yes".
 *
 * @param review what the therapist reads: why it matters and what to check
 */
public record ContraindicationRule(String id, String question, Set<String> anyOf, String review) {

    public ContraindicationRule {
        anyOf = Set.copyOf(anyOf);
    }

    boolean matches(Answers answers) {
        return answers.all(question).stream().anyMatch(anyOf::contains);
    }
}
