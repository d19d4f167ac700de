package com.stillpoint.intake.pages;

import com.stillpoint.intake.links.LinkPurpose;
import com.stillpoint.intake.surveys.Survey;
import com.stillpoint.intake.surveys.Surveys;
import com.stillpoint.platform.links.InvalidLinkException;
import com.stillpoint.platform.links.LinkGrant;
import com.stillpoint.platform.links.LinkSessions;
import com.stillpoint.platform.links.LinkTokens;
import com.stillpoint.platform.reference.ClinicDirectory;
import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Where a survey link lands: like the intake link, it is used up only by the Continue button. */
@Controller
class SurveyLinkController {

    private final LinkTokens linkTokens;
    private final LinkSessions linkSessions;
    private final Surveys surveys;
    private final ClinicDirectory clinics;

    SurveyLinkController(LinkTokens linkTokens, LinkSessions linkSessions, Surveys surveys, ClinicDirectory clinics) {
        this.linkTokens = linkTokens;
        this.linkSessions = linkSessions;
        this.surveys = surveys;
        this.clinics = clinics;
    }

    @GetMapping("/survey/start")
    String landing(@RequestParam(required = false) String token, Model model) {
        LinkGrant grant = linkTokens.inspect(token, LinkPurpose.SURVEY.purpose());
        model.addAttribute("visit", TenantContext.callAs(grant.chainId(), () -> {
            Survey survey = surveys.get(grant.subjectId());
            return AppointmentSummary.of(survey.sessionStartsAt(), survey.clinicZone(),
                    clinics.find(survey.clinicId()).orElse(null));
        }));
        model.addAttribute("token", token);
        return "survey/start";
    }

    @PostMapping("/survey/start")
    ModelAndView start(@RequestParam String token, HttpServletResponse response) {
        linkSessions.start(linkTokens.redeem(token, LinkPurpose.SURVEY.purpose()), response);
        return Redirects.seeOther(LinkPurpose.SURVEY.pagePath());
    }

    @ExceptionHandler(InvalidLinkException.class)
    String invalidLink(InvalidLinkException exception, Model model, HttpServletResponse response) {
        return LinkProblemPage.render(LinkPurpose.SURVEY, exception.reason(), model, response);
    }
}
