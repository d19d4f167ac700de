package com.stillpoint.notification.templates;

import com.stillpoint.platform.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What staff may write in a template: placeholders and optional sections, nothing that runs, nothing clinical. */
class TemplatePolicyTest {

    @Test
    void plainTextPlaceholdersAndOptionalSectionsAreFine() {
        assertThatCode(() -> TemplatePolicy.check(new TemplateText(null,
                "Hi [(${firstName})], see you [(${date})] at [(${time})] ([(${zone})]). "
                        + "[# th:if=\"${link}\"]Details: [(${link})][/][# th:unless=\"${link}\"]Call [(${clinicPhone})].[/]"),
                false)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[(${T(java.lang.Runtime).getRuntime().exec('id')})]",
            "[[${firstName}]]",
            "[(${firstName.class})]",
            "[# th:each=\"x : ${#ctx}\"][(${x})][/]",
            "[# th:if=\"${T(java.lang.System).exit(0)}\"]x[/]",
            "[(${email})]",
            "Hi ${firstName}",
            "[(*{firstName})]",
            "[(@{/admin})]"})
    void expressionsBeyondThePlaceholdersAreRefused(String body) {
        assertThatThrownBy(() -> TemplatePolicy.check(new TemplateText(null, body), false))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Your anxiety session", "Your Swedish massage", "before your deep tissue treatment",
            "votre séance pour la dépression", "PTSD support", "Insomnia clinic reminder"})
    void aTemplateNamingATreatmentOrAHealthConcernIsRefused(String body) {
        assertThatThrownBy(() -> TemplatePolicy.check(new TemplateText(null, body), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("health");
    }

    @Test
    void healthTermsAreWholeWordsOnly() {
        assertThat(TemplatePolicy.healthTermsIn("Pained by traffic? Spainish? A painting class.")).isEmpty();
        assertThat(TemplatePolicy.healthTermsIn("For your PAIN and insomnia")).containsExactlyInAnyOrder("pain", "insomnia");
    }

    @Test
    void anEmailNeedsASubjectAndATextHasNone() {
        assertThatThrownBy(() -> TemplatePolicy.check(new TemplateText(null, "Hi"), true))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TemplatePolicy.check(new TemplateText("Subject", "Hi"), false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TemplatePolicy.check(new TemplateText(null, "x".repeat(481)), false))
                .isInstanceOf(InvalidInputException.class);
    }
}
