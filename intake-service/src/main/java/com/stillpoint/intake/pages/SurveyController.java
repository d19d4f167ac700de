package com.stillpoint.intake.pages;

import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.FormStep;
import com.stillpoint.intake.forms.FormTemplate;
import com.stillpoint.intake.forms.StepCheck;
import com.stillpoint.intake.forms.Submission;
import com.stillpoint.intake.surveys.Survey;
import com.stillpoint.intake.surveys.SurveyFilling;
import com.stillpoint.intake.surveys.Surveys;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.reference.ClinicDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/**
 * The client's follow-up survey inside the session their survey link opened. When a client reports thoughts of
 * self-harm, the next page they see leads with crisis resources, whether they finish the survey or not.
 */
@Controller
@RequestMapping("/survey")
class SurveyController {

    private static final String FORM_TITLE = "How are you doing?";

    private final Surveys surveys;
    private final SurveyFilling filling;
    private final ClinicDirectory clinics;

    SurveyController(Surveys surveys, SurveyFilling filling, ClinicDirectory clinics) {
        this.surveys = surveys;
        this.filling = filling;
        this.clinics = clinics;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String saved, Model model) {
        Survey survey = currentSurvey();
        FormTemplate template = filling.templateFor(survey);
        model.addAttribute("visit", AppointmentSummary.of(survey.sessionStartsAt(), survey.clinicZone(),
                clinics.find(survey.clinicId()).orElse(null)));
        model.addAttribute("submitted", survey.isSubmitted());
        model.addAttribute("escalated", survey.isEscalated());
        model.addAttribute("saved", saved != null);
        model.addAttribute("started", survey.draft().isStarted());
        model.addAttribute("nextStep", survey.draft().resumeStepIn(template).key());
        return "survey/overview";
    }

    @GetMapping("/steps/{key}")
    String step(@PathVariable String key, @RequestParam(required = false) String check, Model model) {
        Survey survey = currentSurvey();
        if (survey.isSubmitted()) {
            return "redirect:/survey";
        }
        FormTemplate template = filling.templateFor(survey);
        FormStep step = stepOf(template, key);
        Answers answers = filling.savedAnswers(survey, step);
        Map<String, String> errors = check == null ? Map.of() : StepCheck.of(step, answers.values(), true).errors();
        model.addAttribute("page", pageOf(survey, template, step, answers, errors));
        return "form/step";
    }

    @PostMapping("/steps/{key}")
    ModelAndView save(@PathVariable String key, @RequestParam(defaultValue = "next") String action,
                      @RequestParam MultiValueMap<String, String> posted) {
        Survey survey = currentSurvey();
        if (survey.isSubmitted()) {
            return Redirects.seeOther("/survey");
        }
        FormTemplate template = filling.templateFor(survey);
        FormStep step = stepOf(template, key);
        StepAction pressed = StepAction.of(action);
        Map<String, List<String>> input = FormInput.of(step, posted);
        StepCheck checked = StepCheck.of(step, input, pressed == StepAction.NEXT || pressed == StepAction.SKIP);
        boolean escalated = filling.saveStep(survey, step, checked.answers(), checked.isValid() && pressed.movesOn());
        if (!checked.isValid()) {
            return new ModelAndView("form/step", Map.of("page",
                    pageOf(survey, template, step, FormInput.asTyped(input), checked.errors())),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (pressed == StepAction.BACK) {
            return Redirects.seeOther(template.before(step).map(this::pathOf).orElse("/survey"));
        }
        if (pressed == StepAction.SAVE || escalated && template.after(step).isPresent()) {
            return Redirects.seeOther("/survey?saved=true");
        }
        return template.after(step).map(next -> Redirects.seeOther(pathOf(next))).orElseGet(() -> {
            Submission submission = filling.submit(surveys.get(survey.id()));
            return submission instanceof Submission.Incomplete incomplete
                    ? Redirects.seeOther(pathOf(incomplete.step()) + "?check=true")
                    : Redirects.seeOther("/survey");
        });
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "not-found";
    }

    private StepPage pageOf(Survey survey, FormTemplate template, FormStep step, Answers answers,
                            Map<String, String> errors) {
        return StepPage.of("/survey", FORM_TITLE, template, step, survey.draft(), answers, errors, null, "Send");
    }

    private static FormStep stepOf(FormTemplate template, String key) {
        return template.step(key).orElseThrow(() -> new NotFoundException("step", key));
    }

    private String pathOf(FormStep step) {
        return "/survey/steps/" + step.key();
    }

    private Survey currentSurvey() {
        return surveys.get(LinkSubject.current());
    }
}
