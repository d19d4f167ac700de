package com.stillpoint.intake.pages;

import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.FormDraft;
import com.stillpoint.intake.forms.FormStep;
import com.stillpoint.intake.forms.FormTemplate;
import com.stillpoint.intake.forms.StepCheck;
import com.stillpoint.intake.forms.Submission;
import com.stillpoint.intake.links.LinkPurpose;
import com.stillpoint.intake.records.IntakeFilling;
import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.intake.requests.Requirement;
import com.stillpoint.platform.links.InvalidLinkException;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client's intake form, step by step, inside the session their link opened: the session names the request,
 * so nothing here takes an id from the client. Every button saves the step first, so leaving never loses what
 * was typed.
 */
@Controller
@RequestMapping("/intake")
class IntakeFormController {

    static final String FORM_TITLE = "Your intake form";
    static final String CONSENT_STEP = "Consent";

    private final IntakeRequests requests;
    private final IntakeFilling filling;
    private final ClinicDirectory clinics;

    IntakeFormController(IntakeRequests requests, IntakeFilling filling, ClinicDirectory clinics) {
        this.requests = requests;
        this.filling = filling;
        this.clinics = clinics;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String saved, Model model, HttpServletResponse response) {
        IntakeRequest request = currentRequest();
        if (request.isWithdrawn()) {
            return LinkProblemPage.render(LinkPurpose.INTAKE, InvalidLinkException.Reason.WITHDRAWN, model, response);
        }
        if (request.outstanding().contains(Requirement.INTAKE_FORM) && filling.isSubmitted(request)) {
            // Submitted, but the requests it satisfies were not all told (the service stopped in between).
            filling.submit(request);
            request = currentRequest();
        }
        boolean needsForm = request.outstanding().contains(Requirement.INTAKE_FORM);
        boolean needsConsent = request.outstanding().contains(Requirement.CONSENT);
        model.addAttribute("appointment", summaryOf(request));
        model.addAttribute("needsForm", needsForm);
        model.addAttribute("needsConsent", needsConsent);
        model.addAttribute("saved", saved != null);
        if (needsForm) {
            FormTemplate template = filling.templateFor(request);
            Optional<FormDraft> draft = filling.draftOf(request);
            model.addAttribute("started", draft.filter(FormDraft::isStarted).isPresent());
            model.addAttribute("progress", progressOf(template, draft.orElse(null), needsConsent));
            model.addAttribute("nextStep", draft.map(started -> started.resumeStepIn(template))
                    .orElse(template.steps().get(0)).key());
        }
        return "intake/overview";
    }

    @GetMapping("/steps/{key}")
    String step(@PathVariable String key, @RequestParam(required = false) String check, Model model) {
        IntakeRequest request = currentRequest();
        if (!needsForm(request)) {
            return "redirect:/intake";
        }
        FormTemplate template = filling.templateFor(request);
        FormStep step = stepOf(template, key);
        Answers answers = filling.savedAnswers(request, step);
        Map<String, String> errors = check == null ? Map.of() : StepCheck.of(step, answers.values(), true).errors();
        model.addAttribute("page", pageOf(request, template, step, answers, errors));
        return "form/step";
    }

    @PostMapping("/steps/{key}")
    ModelAndView save(@PathVariable String key, @RequestParam(defaultValue = "next") String action,
                      @RequestParam MultiValueMap<String, String> posted) {
        IntakeRequest request = currentRequest();
        if (!needsForm(request)) {
            return Redirects.seeOther("/intake");
        }
        FormTemplate template = filling.templateFor(request);
        FormStep step = stepOf(template, key);
        StepAction pressed = StepAction.of(action);
        if (pressed == StepAction.SKIP && !step.optional()) {
            pressed = StepAction.NEXT;
        }
        Map<String, List<String>> input = pressed == StepAction.SKIP ? Map.of() : FormInput.of(step, posted);
        StepCheck checked = StepCheck.of(step, input, pressed == StepAction.NEXT);
        filling.saveStep(request, step, checked.answers(), checked.isValid() && pressed.movesOn());
        if (!checked.isValid()) {
            return new ModelAndView("form/step", Map.of("page",
                    pageOf(request, template, step, FormInput.asTyped(input), checked.errors())),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return switch (pressed) {
            case BACK -> Redirects.seeOther(template.before(step).map(this::pathOf).orElse("/intake"));
            case SAVE -> Redirects.seeOther("/intake?saved=true");
            case NEXT, SKIP -> template.after(step).map(next -> Redirects.seeOther(pathOf(next)))
                    .orElseGet(() -> submit(request));
        };
    }

    private ModelAndView submit(IntakeRequest request) {
        Submission submission = filling.submit(request);
        if (submission instanceof Submission.Incomplete incomplete) {
            return Redirects.seeOther(pathOf(incomplete.step()) + "?check=true");
        }
        boolean needsConsent = currentRequest().outstanding().contains(Requirement.CONSENT);
        return Redirects.seeOther(needsConsent ? "/intake/consent" : "/intake");
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "not-found";
    }

    private StepPage pageOf(IntakeRequest request, FormTemplate template, FormStep step, Answers answers,
                            Map<String, String> errors) {
        boolean needsConsent = request.outstanding().contains(Requirement.CONSENT);
        return StepPage.of("/intake", FORM_TITLE, template, step, filling.draftOf(request).orElse(null), answers,
                errors, needsConsent ? CONSENT_STEP : null, needsConsent ? "Save and continue" : "Submit");
    }

    static List<ProgressItem> progressOf(FormTemplate template, FormDraft draft, boolean needsConsent) {
        List<ProgressItem> progress = new ArrayList<>();
        template.steps().forEach(step -> progress.add(new ProgressItem(step.title(),
                draft != null && draft.isCompleted(step) ? "done" : "todo")));
        if (needsConsent) {
            progress.add(new ProgressItem(CONSENT_STEP, "todo"));
        }
        return progress;
    }

    private static FormStep stepOf(FormTemplate template, String key) {
        return template.step(key).orElseThrow(() -> new NotFoundException("step", key));
    }

    private String pathOf(FormStep step) {
        return "/intake/steps/" + step.key();
    }

    private static boolean needsForm(IntakeRequest request) {
        return !request.isWithdrawn() && request.outstanding().contains(Requirement.INTAKE_FORM);
    }

    private AppointmentSummary summaryOf(IntakeRequest request) {
        return AppointmentSummary.of(request.appointmentStartsAt(), request.clinicZone(),
                clinics.find(request.clinicId()).orElse(null));
    }

    /** The request of the client's link session: the only one this client can reach. */
    private IntakeRequest currentRequest() {
        return requests.get(LinkSubject.current());
    }
}
