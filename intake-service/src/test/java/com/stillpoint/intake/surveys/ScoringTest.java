package com.stillpoint.intake.surveys;

import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.FormStep;
import com.stillpoint.intake.forms.FormTemplate;
import com.stillpoint.intake.forms.FormTemplates;
import com.stillpoint.intake.forms.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PHQ-4, PHQ-2, GAD-2, PHQ-9 and GAD-7 scored as published (Kroenke 2001, Spitzer 2006, Kroenke 2009), on known
 * answer sets at every band boundary.
 */
class ScoringTest {

    static final FormTemplate SURVEY = new FormTemplates().current("survey");

    @ParameterizedTest(name = "PHQ-4 {0} -> {4} {5}")
    @CsvSource({
            "0, 0, 0, 0, 0, Normal",
            "1, 1, 0, 0, 2, Normal",
            "1, 1, 1, 0, 3, Mild",
            "2, 1, 1, 1, 5, Mild",
            "2, 2, 1, 1, 6, Moderate",
            "2, 2, 2, 2, 8, Moderate",
            "3, 2, 2, 2, 9, Severe",
            "3, 3, 3, 3, 12, Severe"})
    void phq4(int gad1, int gad2, int phq1, int phq2, int total, String band) {
        Scores scores = Scores.of(answers(Map.of("gad1", gad1, "gad2", gad2, "phq1", phq1, "phq2", phq2)), Set.of());

        assertThat(scores.of(Measure.PHQ4)).isEqualTo(total);
        assertThat(Measure.PHQ4.bandOf(total).label()).isEqualTo(band);
        assertThat(scores.of(Measure.GAD2)).isEqualTo(gad1 + gad2);
        assertThat(scores.of(Measure.PHQ2)).isEqualTo(phq1 + phq2);
    }

    @ParameterizedTest(name = "PHQ-2 / GAD-2 {0} is a {1}")
    @CsvSource({"0, Negative screen", "2, Negative screen", "3, Positive screen", "6, Positive screen"})
    void theHalvesOfPhq4ScreenPositiveFromThree(int score, String band) {
        assertThat(Measure.PHQ2.bandOf(score).label()).isEqualTo(band);
        assertThat(Measure.GAD2.bandOf(score).label()).isEqualTo(band);
    }

    @ParameterizedTest(name = "PHQ-9 {0} -> {1} {2}")
    @CsvSource({
            "0;0;0;0;0;0;0;0;0, 0, Minimal",
            "1;1;1;1;0;0;0;0;0, 4, Minimal",
            "1;1;1;1;1;0;0;0;0, 5, Mild",
            "1;1;1;1;1;1;1;1;1, 9, Mild",
            "2;1;1;1;1;1;1;1;1, 10, Moderate",
            "2;2;2;2;2;1;1;1;1, 14, Moderate",
            "2;2;2;2;2;2;1;1;1, 15, Moderately severe",
            "3;3;3;2;2;2;2;2;0, 19, Moderately severe",
            "3;3;3;3;2;2;2;2;0, 20, Severe",
            "3;3;3;3;3;3;3;3;3, 27, Severe"})
    void phq9(String items, int total, String band) {
        Map<String, Integer> values = items("phq", items);
        values.putAll(Map.of("gad1", 0, "gad2", 0));

        Scores scores = Scores.of(answers(values), Set.of(Measure.PHQ9));

        assertThat(scores.of(Measure.PHQ9)).isEqualTo(total);
        assertThat(Measure.PHQ9.bandOf(total).label()).isEqualTo(band);
        assertThat(scores.of(Measure.PHQ4)).isEqualTo(values.get("phq1") + values.get("phq2"));
    }

    @ParameterizedTest(name = "GAD-7 {0} -> {1} {2}")
    @CsvSource({
            "0;0;0;0;0;0;0, 0, Minimal",
            "1;1;1;1;0;0;0, 4, Minimal",
            "1;1;1;1;1;0;0, 5, Mild",
            "2;2;1;1;1;1;1, 9, Mild",
            "2;2;2;1;1;1;1, 10, Moderate",
            "2;2;2;2;2;2;2, 14, Moderate",
            "3;2;2;2;2;2;2, 15, Severe",
            "3;3;3;3;3;3;3, 21, Severe"})
    void gad7(String items, int total, String band) {
        Map<String, Integer> values = items("gad", items);
        values.putAll(Map.of("phq1", 0, "phq2", 0));

        Scores scores = Scores.of(answers(values), Set.of(Measure.GAD7));

        assertThat(scores.of(Measure.GAD7)).isEqualTo(total);
        assertThat(Measure.GAD7.bandOf(total).label()).isEqualTo(band);
    }

    @Test
    void aMeasureWithAnUnansweredItemHasNoScore() {
        Scores scores = Scores.of(answers(Map.of("gad1", 3, "gad2", 3, "phq1", 3)), Set.of(Measure.PHQ9));

        assertThat(scores.of(Measure.PHQ4)).isNull();
        assertThat(scores.of(Measure.GAD2)).isEqualTo(6);
        assertThat(scores.of(Measure.PHQ9)).isNull();
    }

    @Test
    void aMeasureThePlanDidNotChooseIsNotScoredEvenIfAnswered() {
        Map<String, Integer> values = items("phq", "1;1;1;1;1;1;1;1;1");

        assertThat(Scores.of(answers(values), Set.of()).of(Measure.PHQ9)).isNull();
    }

    @ParameterizedTest(name = "item 9 = {0}: self-harm thoughts {1}")
    @CsvSource({"0, false", "1, true", "2, true", "3, true"})
    void anyAnswerAboveZeroToItemNineIsSelfHarmThoughts(int item9, boolean reported) {
        assertThat(Scores.reportsSelfHarmThoughts(answers(Map.of("phq9", item9)))).isEqualTo(reported);
    }

    @Test
    void theSurveyAsksPhq4AlwaysAndTheRestOfPhq9AndGad7OnlyWhenChosen() {
        assertThat(itemsOf(SURVEY.including(Set.of()))).containsExactlyInAnyOrder("gad1", "gad2", "phq1", "phq2");
        assertThat(itemsOf(SURVEY.including(Set.of("PHQ9")))).containsAll(Measure.PHQ9.items())
                .doesNotContain("gad3");
        assertThat(itemsOf(SURVEY.including(Set.of("GAD7", "PHQ9")))).containsAll(Measure.GAD7.items())
                .containsAll(Measure.PHQ9.items()).hasSize(16);
        Question item9 = SURVEY.question("phq9").orElseThrow();
        assertThat(item9.choices()).extracting(com.stillpoint.intake.forms.Option::value)
                .containsExactly("0", "1", "2", "3");
    }

    @Test
    void otherMeasuresOfTheSurveyAreKept() {
        Scores scores = Scores.of(new Answers(Map.of("stress", List.of("7"), "sleep", List.of("1"),
                "session-rating", List.of("5"))), Set.of());

        assertThat(scores.stress()).isEqualTo(7);
        assertThat(scores.sleep()).isEqualTo(1);
        assertThat(scores.sessionRating()).isEqualTo(5);
        assertThat(Scores.fromJson(scores.toJson())).isEqualTo(scores);
    }

    private static List<String> itemsOf(FormTemplate template) {
        return template.steps().stream().map(FormStep::questions).flatMap(List::stream).map(Question::id)
                .filter(id -> id.matches("(phq|gad)\\d")).toList();
    }

    private static Map<String, Integer> items(String prefix, String values) {
        Map<String, Integer> items = new LinkedHashMap<>();
        String[] split = values.split(";");
        for (int i = 0; i < split.length; i++) {
            items.put(prefix + (i + 1), Integer.parseInt(split[i]));
        }
        return items;
    }

    private static Answers answers(Map<String, Integer> values) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        values.forEach((item, value) -> answers.put(item, List.of(Integer.toString(value))));
        return new Answers(answers);
    }
}
