package com.stillpoint.intake.pages;

import com.stillpoint.intake.consent.ConsentDocuments;
import com.stillpoint.intake.consent.ConsentVersion;
import com.stillpoint.intake.records.IntakeFilling;
import com.stillpoint.intake.requests.ConsentSigning;
import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.intake.requests.Requirement;
import com.stillpoint.platform.problem.ConflictException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consent page of an intake link session: the whole current document, then the client's typed name. The
 * signature records the exact version and text hash that were shown; if the chain published a new version
 * meanwhile, the client is shown the new one instead of signing what they did not read.
 */
@Controller
class ConsentController {

    private static final int NAME_LIMIT = 120;

    private final IntakeRequests requests;
    private final IntakeFilling filling;
    private final ConsentDocuments documents;
    private final ConsentSigning signing;

    ConsentController(IntakeRequests requests, IntakeFilling filling, ConsentDocuments documents,
                      ConsentSigning signing) {
        this.requests = requests;
        this.filling = filling;
        this.documents = documents;
        this.signing = signing;
    }

    @GetMapping("/intake/consent")
    ModelAndView show() {
        IntakeRequest request = currentRequest();
        if (!needsConsent(request)) {
            return new ModelAndView("redirect:/intake");
        }
        return page(request, "", Map.of(), null, HttpStatus.OK);
    }

    @PostMapping("/intake/consent")
    ModelAndView sign(@RequestParam(defaultValue = "") String typedName, @RequestParam(required = false) String agree,
                      @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String hash,
                      HttpServletRequest http) {
        IntakeRequest request = currentRequest();
        if (!needsConsent(request)) {
            return Redirects.seeOther("/intake");
        }
        String name = typedName.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("typedName", "Please type your full name to sign.");
        } else if (name.length() > NAME_LIMIT) {
            errors.put("typedName", "Please keep your name under " + NAME_LIMIT + " characters.");
        }
        if (!"yes".equals(agree)) {
            errors.put("agree", "Please confirm that you have read and agree to the consent.");
        }
        if (!errors.isEmpty()) {
            return page(request, typedName, errors, null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            signing.sign(request, version, hash, name,
                    new ConsentSigning.Origin(http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT)));
        } catch (ConflictException changed) {
            return page(request, typedName, Map.of(),
                    "The consent was updated while you were reading it. Please read this version before you sign.",
                    HttpStatus.CONFLICT);
        }
        return Redirects.seeOther("/intake");
    }

    private ModelAndView page(IntakeRequest request, String typedName, Map<String, String> errors, String notice,
                              HttpStatus status) {
        ConsentVersion consent = documents.current().current();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("consent", consent);
        model.put("typedName", typedName);
        model.put("errors", errors);
        model.put("notice", notice);
        boolean withForm = request.outstanding().contains(Requirement.INTAKE_FORM);
        List<ProgressItem> progress = new ArrayList<>();
        if (withForm) {
            progress.addAll(IntakeFormController.progressOf(filling.templateFor(request),
                    filling.draftOf(request).orElse(null), false));
            progress.add(new ProgressItem(IntakeFormController.CONSENT_STEP, "current"));
        }
        model.put("progress", progress);
        return new ModelAndView("intake/consent", model, status);
    }

    private static boolean needsConsent(IntakeRequest request) {
        return !request.isWithdrawn() && request.outstanding().contains(Requirement.CONSENT);
    }

    private IntakeRequest currentRequest() {
        return requests.get(LinkSubject.current());
    }
}
