package com.stillpoint.intake.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The intake template as published, its contraindication rules, and how a step's input is checked. */
class IntakeTemplateTest {

    static final FormTemplate INTAKE = new FormTemplates().current("intake");

    @ParameterizedTest(name = "{0} = {1} needs review ({2})")
    @CsvSource({
            "conditions, blood-clots, blood-clots",
            "anticoagulants, yes, anticoagulants",
            "recent-surgery-or-injury, yes, recent-surgery-or-injury",
            "fever-or-infection, yes, fever-or-infection",
            "cancer-treatment, yes, cancer-treatment",
            "pregnancy, yes, pregnancy",
            "pregnancy, not-sure, pregnancy",
            "conditions, heart-condition, heart-condition",
            "conditions, epilepsy, epilepsy",
            "conditions, skin-condition, skin-condition"})
    void eachContraindicationMarksTheIntakeForReview(String question, String answer, String rule) {
        Answers answers = clean().with(new Answers(Map.of(question, List.of(answer))));

        assertThat(INTAKE.contraindicationsIn(answers)).extracting(ContraindicationRule::id).containsExactly(rule);
    }

    @Test
    void aCleanIntakeMeetsNoRuleAndIsComplete() {
        assertThat(INTAKE.contraindicationsIn(clean())).isEmpty();
        assertThat(INTAKE.firstIncompleteStep(clean())).isEmpty();
    }

    @Test
    void severalFindingsAreAllReported() {
        Answers answers = clean().with(new Answers(Map.of("conditions", List.of("arthritis", "blood-clots"),
                "anticoagulants", List.of("yes"))));

        assertThat(INTAKE.contraindicationsIn(answers)).extracting(ContraindicationRule::id)
                .containsExactly("blood-clots", "anticoagulants");
    }

    @Test
    void anIntakeMissingARequiredAnswerIsIncompleteAtThatStep() {
        Map<String, List<String>> values = new java.util.LinkedHashMap<>(clean().values());
        values.remove("pressure");

        assertThat(INTAKE.firstIncompleteStep(new Answers(values))).map(FormStep::key).contains("comfort");
    }

    @Test
    void theOptionalWellbeingStepMayStayEmpty() {
        Map<String, List<String>> values = new java.util.LinkedHashMap<>(clean().values());
        values.keySet().removeIf(question -> question.startsWith("wellbeing") || question.equals("feeling-safe"));

        assertThat(INTAKE.firstIncompleteStep(new Answers(values))).isEmpty();
        assertThat(INTAKE.step("wellbeing")).hasValueSatisfying(step -> assertThat(step.optional()).isTrue());
    }

    @Test
    void aStepKeepsOnlyValidAnswersToItsOwnQuestions() {
        FormStep comfort = INTAKE.step("comfort").orElseThrow();

        StepCheck checked = StepCheck.of(comfort, Map.of(
                "pressure", List.of("{\"$gt\": \"\"}"),
                "areas-to-focus", List.of("  Shoulders \r\n and neck  "),
                "areas-to-avoid", List.of("x".repeat(2001)),
                "medications", List.of("not a question of this step")), true);

        assertThat(checked.answers().values()).containsOnlyKeys("areas-to-focus");
        assertThat(checked.answers().first("areas-to-focus")).isEqualTo("Shoulders \n and neck");
        assertThat(checked.errors()).containsOnlyKeys("pressure", "areas-to-avoid");
    }

    @Test
    void requiredAnswersAreCheckedOnlyWhenTheClientMovesOn() {
        FormStep health = INTAKE.step("health").orElseThrow();

        assertThat(StepCheck.of(health, Map.of(), false).isValid()).isTrue();
        assertThat(StepCheck.of(health, Map.of(), true).errors()).containsOnlyKeys("cancer-treatment",
                "fever-or-infection", "recent-surgery-or-injury", "pregnancy").containsValue(StepCheck.MISSING);
    }

    @Test
    void oneChoiceOnlyForASingleChoiceQuestion() {
        FormStep comfort = INTAKE.step("comfort").orElseThrow();

        StepCheck checked = StepCheck.of(comfort, Map.of("pressure", List.of("light", "firm")), false);

        assertThat(checked.errors()).containsEntry("pressure", "Please choose only one.");
        assertThat(checked.answers().isAnswered("pressure")).isFalse();
    }

    @Test
    void aTemplateWhoseRuleNamesAMissingOptionIsRefused() {
        Question pressure = new Question("pressure", QuestionKind.SINGLE_CHOICE, "Pressure", null, true,
                List.of(new Option("light", "Light")), null, null, null, null, null);
        FormStep step = new FormStep("comfort", "Comfort", null, false, List.of(pressure));

        assertThatThrownBy(() -> new FormTemplate("intake", 99, List.of(step),
                List.of(new ContraindicationRule("deep", "pressure", java.util.Set.of("firm"), "Careful"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not offer");
    }

    /** A complete intake that meets no rule. */
    static Answers clean() {
        return new Answers(Map.ofEntries(
                Map.entry("conditions", List.of("arthritis")),
                Map.entry("cancer-treatment", List.of("no")),
                Map.entry("fever-or-infection", List.of("no")),
                Map.entry("recent-surgery-or-injury", List.of("no")),
                Map.entry("pregnancy", List.of("no")),
                Map.entry("anticoagulants", List.of("no")),
                Map.entry("pressure", List.of("medium")),
                Map.entry("wellbeing-concerns", List.of("anxiety")),
                Map.entry("goals", List.of("relaxation")),
                Map.entry("emergency-name", List.of("Grace Hopper")),
                Map.entry("emergency-phone", List.of("+1 604 555 0199"))));
    }
}
