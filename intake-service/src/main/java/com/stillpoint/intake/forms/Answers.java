package com.stillpoint.intake.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client's answers, in plain text: held only in memory while a request is handled, never stored as such.
 * Each question has a list of values (several for a multi-choice question); unanswered questions are absent.
 */
public record Answers(Map<String, List<String>> values) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((question, answered) -> {
            if (!answered.isEmpty()) {
                copy.put(question, List.copyOf(answered));
            }
        });
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> all(String questionId) {
        return values.getOrDefault(questionId, List.of());
    }

    /** The answer of a single-valued question, or {@code null}. */
    public String first(String questionId) {
        List<String> answered = all(questionId);
        return answered.isEmpty() ? null : answered.get(0);
    }

    public boolean has(String questionId, String value) {
        return all(questionId).contains(value);
    }

    public boolean isAnswered(String questionId) {
        return values.containsKey(questionId);
    }

    /** These answers, with the other's replacing any for the same question. */
    public Answers with(Answers other) {
        Map<String, List<String>> merged = new LinkedHashMap<>(values);
        merged.putAll(other.values);
        return new Answers(merged);
    }
}
