package com.stillpoint.intake.pages;

import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.FormDraft;
import com.stillpoint.intake.forms.FormStep;
import com.stillpoint.intake.forms.FormTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One step of a multi-step form as its page shows it: the questions with what the client answered, what is
 * wrong, and where the client is in the form.
 *
 * @param basePath   where the form's pages live, e.g. {@code /intake}
 * @param finalStep  the title of a page that follows the form's own steps (e.g. the consent), or {@code null}
 * @param submitLabel what the last step's main button says
 */
record StepPage(String basePath, String formTitle, FormStep step, int number, int total, List<ProgressItem> progress,
                Answers answers, Map<String, String> errors, boolean first, boolean last, String submitLabel) {

    static StepPage of(String basePath, String formTitle, FormTemplate template, FormStep step, FormDraft draft,
                       Answers answers, Map<String, String> errors, String finalStep, String submitLabel) {
        List<ProgressItem> progress = new ArrayList<>();
        for (FormStep each : template.steps()) {
            String state = each.key().equals(step.key()) ? "current"
                    : draft != null && draft.isCompleted(each) ? "done" : "todo";
            progress.add(new ProgressItem(each.title(), state));
        }
        if (finalStep != null) {
            progress.add(new ProgressItem(finalStep, "todo"));
        }
        int number = template.numberOf(step);
        return new StepPage(basePath, formTitle, step, number, progress.size(), progress, answers, errors,
                number == 1, number == template.steps().size(), submitLabel);
    }

    public String actionPath() {
        return basePath + "/steps/" + step.key();
    }
}
