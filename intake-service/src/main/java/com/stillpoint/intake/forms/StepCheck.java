package com.stillpoint.intake.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client sent for one step, checked against its questions: the answers worth keeping and what is wrong.
 * Only the step's own questions are read, so no other field of a request can slip into the answers.
 *
 * @param errors by question id, in the step's order, as the client reads them
 */
public record StepCheck(Answers answers, Map<String, String> errors) {

    public static final String MISSING = "Please answer this question.";
    private static final String NOT_AN_OPTION = "Please choose one of the options.";
    private static final String ONE_ONLY = "Please choose only one.";

    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * @param submitted the request's values by parameter name
     * @param complete  whether required questions must be answered (moving on), or not (saving to finish later)
     */
    public static StepCheck of(FormStep step, Map<String, List<String>> submitted, boolean complete) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Question question : step.questions()) {
            List<String> values = cleaned(submitted.getOrDefault(question.id(), List.of()));
            String error = problemWith(question, values);
            if (error == null && values.isEmpty() && complete && question.required() && !step.optional()) {
                error = MISSING;
            }
            if (error != null) {
                errors.put(question.id(), error);
            }
            List<String> accepted = values.stream().filter(question::accepts).toList();
            if (!accepted.isEmpty() && (question.isMultiple() || accepted.size() == 1)) {
                kept.put(question.id(), accepted);
            }
        }
        return new StepCheck(new Answers(kept), errors);
    }

    private static String problemWith(Question question, List<String> values) {
        if (values.size() > 1 && !question.isMultiple()) {
            return ONE_ONLY;
        }
        for (String value : values) {
            if (!question.accepts(value)) {
                return question.kind().isFreeText()
                        ? "Please keep this under " + question.maxLength() + " characters." : NOT_AN_OPTION;
            }
        }
        return null;
    }

    private static List<String> cleaned(List<String> values) {
        List<String> cleaned = new ArrayList<>();
        for (String value : values) {
            String trimmed = value == null ? "" : value.replace("\r\n", "\n").strip();
            if (!trimmed.isEmpty() && !cleaned.contains(trimmed)) {
                cleaned.add(trimmed);
            }
        }
        return cleaned;
    }
}
