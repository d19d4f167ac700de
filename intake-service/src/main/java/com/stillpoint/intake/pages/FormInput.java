package com.stillpoint.intake.pages;

import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.FormStep;
import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a step's form posted, limited to the step's own questions. */
final class FormInput {

    private FormInput() {
    }

    static Map<String, List<String>> of(FormStep step, MultiValueMap<String, String> posted) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        step.questions().forEach(question -> values.put(question.id(),
                posted.getOrDefault(question.id(), List.of())));
        return values;
    }

    /** Exactly what was typed, to show it again next to what is wrong with it. */
    static Answers asTyped(Map<String, List<String>> values) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        values.forEach((question, answered) -> typed.put(question,
                answered.stream().filter(value -> value != null && !value.isBlank()).toList()));
        return new Answers(typed);
    }
}
