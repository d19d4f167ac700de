package com.stillpoint.intake.pages;

import com.stillpoint.intake.links.LinkPurpose;
import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.requests.IntakeRequests;
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

/**
 * Where a client's intake link lands. Opening the link only shows the appointment and a Continue button; the
 * token is used up by the POST behind that button. Mail scanners that fetch every link therefore cannot burn a
 * client's one-time link, and the token leaves the address bar at the redirect that follows.
 */
@Controller
class IntakeLinkController {

    private final LinkTokens linkTokens;
    private final LinkSessions linkSessions;
    private final IntakeRequests requests;
    private final ClinicDirectory clinics;

    IntakeLinkController(LinkTokens linkTokens, LinkSessions linkSessions, IntakeRequests requests,
                         ClinicDirectory clinics) {
        this.linkTokens = linkTokens;
        this.linkSessions = linkSessions;
        this.requests = requests;
        this.clinics = clinics;
    }

    @GetMapping("/intake/start")
    String landing(@RequestParam(required = false) String token, Model model) {
        LinkGrant grant = linkTokens.inspect(token, LinkPurpose.INTAKE.purpose());
        model.addAttribute("appointment", TenantContext.callAs(grant.chainId(), () -> {
            IntakeRequest request = requests.get(grant.subjectId());
            return AppointmentSummary.of(request.appointmentStartsAt(), request.clinicZone(),
                    clinics.find(request.clinicId()).orElse(null));
        }));
        model.addAttribute("token", token);
        return "intake/start";
    }

    @PostMapping("/intake/start")
    ModelAndView start(@RequestParam String token, HttpServletResponse response) {
        linkSessions.start(linkTokens.redeem(token, LinkPurpose.INTAKE.purpose()), response);
        return Redirects.seeOther(LinkPurpose.INTAKE.pagePath());
    }

    @ExceptionHandler(InvalidLinkException.class)
    String invalidLink(InvalidLinkException exception, Model model, HttpServletResponse response) {
        return LinkProblemPage.render(LinkPurpose.INTAKE, exception.reason(), model, response);
    }
}
