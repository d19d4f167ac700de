package com.stillpoint.intake.surveys;

import com.stillpoint.intake.forms.Answers;
import tools.jackson.databind.json.JsonMapper;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What one survey measured. Health data: stored sealed, like the answers it comes from.
 *
 * @param totals        each measure's score, for the measures fully answered
 * @param stress        0 (none) to 10 (extreme)
 * @param sleep         0 (very poorly) to 4 (very well)
 * @param sessionRating 1 (poor) to 5 (excellent)
 */
public record Scores(Map<Measure, Integer> totals, Integer stress, Integer sleep, Integer sessionRating) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Scores {
        totals = totals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(totals));
    }

    /**
     * Scores a survey's answers: PHQ-4 with its halves always, PHQ-9 and GAD-7 when the plan chose them.
     */
    public static Scores of(Answers answers, Set<Measure> chosen) {
        Map<Measure, Integer> totals = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            boolean asked = !Measure.CHOOSABLE.contains(measure) || chosen.contains(measure);
            Integer score = asked ? measure.score(answers) : null;
            if (score != null) {
                totals.put(measure, score);
            }
        }
        return new Scores(totals, number(answers, "stress"), number(answers, "sleep"),
                number(answers, "session-rating"));
    }

    /** Whether the client reported thoughts of self-harm (PHQ-9 item 9 above 0). */
    public static boolean reportsSelfHarmThoughts(Answers answers) {
        Integer item = number(answers, Measure.SELF_HARM_ITEM);
        return item != null && item > 0;
    }

    /** The form in which scores are sealed. */
    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static Scores fromJson(String json) {
        return JSON.readValue(json, Scores.class);
    }

    public Integer of(Measure measure) {
        return totals.get(measure);
    }

    private static Integer number(Answers answers, String question) {
        String value = answers.first(question);
        return value == null || !value.matches("\\d{1,2}") ? null : Integer.valueOf(value);
    }
}
