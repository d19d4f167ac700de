package com.stillpoint.booking.manage;

import com.stillpoint.booking.appointments.ManageLinks;
import com.stillpoint.booking.web.Pages;
import com.stillpoint.platform.links.LinkGrant;
import com.stillpoint.platform.links.LinkSessions;
import com.stillpoint.platform.links.LinkTokens;
import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Where a client's manage link lands. Opening it only shows the appointment and a Continue button; the POST behind
 * the button exchanges the link for a short session, and the redirect that follows takes the token out of the
 * address bar. Mail scanners that fetch every link get the landing page and nothing else.
 */
@Controller
@Pages
class ManageLinkController {

    private final LinkTokens linkTokens;
    private final LinkSessions linkSessions;
    private final ClientAppointments clientAppointments;

    ManageLinkController(LinkTokens linkTokens, LinkSessions linkSessions, ClientAppointments clientAppointments) {
        this.linkTokens = linkTokens;
        this.linkSessions = linkSessions;
        this.clientAppointments = clientAppointments;
    }

    @GetMapping("/manage/start")
    String landing(@RequestParam(required = false) String token, Model model) {
        LinkGrant grant = linkTokens.inspect(token, ManageLinks.PURPOSE);
        TenantContext.runAs(grant.chainId(), () -> model.addAttribute("appointment",
                clientAppointments.summaryOf(ManageLinks.appointmentIdOf(grant.subjectId()))));
        model.addAttribute("token", token);
        return "manage/start";
    }

    @PostMapping("/manage/start")
    View start(@RequestParam String token, HttpServletResponse response) {
        LinkGrant grant = linkTokens.redeem(token, ManageLinks.PURPOSE);
        linkSessions.start(grant, response);
        RedirectView toAppointment = new RedirectView("/manage/appointment", true);
        toAppointment.setStatusCode(HttpStatus.SEE_OTHER);
        return toAppointment;
    }
}
