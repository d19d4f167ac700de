package com.stillpoint.intake.forms;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A question of a form template.
 *
 * @param id           stable within a template's versions; answers, rules and scoring refer to it
 * @param hint         optional help shown under the label
 * @param options      the choices of a choice question; implied for yes/no and scales
 * @param min          the lowest value of a scale
 * @param max          the highest value of a scale
 * @param minLabel     what the lowest value of a scale means, e.g. "no stress"
 * @param maxLabel     what the highest value means
 * @param includedWith the measure this question belongs to, if it is asked only when that measure is chosen
 *                     (e.g. the last seven PHQ-9 items); {@code null} if it is always asked
 */
public record Question(String id, QuestionKind kind, String label, String hint, boolean required,
                       List<Option> options, Integer min, Integer max, String minLabel, String maxLabel,
                       String includedWith) {

    private static final int TEXT_LIMIT = 200;
    private static final int TEXTAREA_LIMIT = 2000;
    private static final int PHONE_LIMIT = 30;

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The answers a client can pick from (none for free text). */
    public List<Option> choices() {
        return switch (kind) {
            case YES_NO -> List.of(new Option("yes", "Yes"), new Option("no", "No"));
            case SCALE -> IntStream.rangeClosed(min, max)
                    .mapToObj(value -> new Option(Integer.toString(value), Integer.toString(value))).toList();
            default -> options;
        };
    }

    public String labelOf(String value) {
        return choices().stream().filter(option -> option.value().equals(value)).map(Option::label).findFirst()
                .orElse(value);
    }

    public boolean isMultiple() {
        return kind == QuestionKind.MULTI_CHOICE;
    }

    int maxLength() {
        return switch (kind) {
            case TEXTAREA -> TEXTAREA_LIMIT;
            case PHONE -> PHONE_LIMIT;
            default -> TEXT_LIMIT;
        };
    }

    boolean accepts(String value) {
        if (kind.isFreeText()) {
            return value.length() <= maxLength();
        }
        return choices().stream().anyMatch(option -> option.value().equals(value));
    }
}
