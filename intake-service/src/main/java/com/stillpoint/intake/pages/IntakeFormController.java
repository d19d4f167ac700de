package com.stillpoint.intake.pages;

import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.intake.requests.IntakeStatus;
import com.stillpoint.platform.links.ClientLinkSecurity;
import com.stillpoint.platform.links.InvalidLinkException;
import com.stillpoint.platform.links.LinkGrant;
import com.stillpoint.platform.reference.ClinicDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The client's intake, reachable only inside the session their link opened. */
@Controller
class IntakeFormController {

    private final IntakeRequests requests;
    private final ClinicDirectory clinics;

    IntakeFormController(IntakeRequests requests, ClinicDirectory clinics) {
        this.requests = requests;
        this.clinics = clinics;
    }

    @GetMapping("/intake")
    String form(Model model, HttpServletResponse response) {
        LinkGrant grant = ClientLinkSecurity.currentGrant().orElseThrow();
        IntakeRequest request = requests.get(grant.subjectId());
        if (request.status() == IntakeStatus.WITHDRAWN) {
            return LinkProblemPage.render(InvalidLinkException.Reason.WITHDRAWN, model, response);
        }
        model.addAttribute("appointment",
                AppointmentSummary.of(request, clinics.find(request.clinicId()).orElse(null)));
        return "intake/form";
    }
}
