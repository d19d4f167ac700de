package com.stillpoint.intake.pages;

import com.stillpoint.intake.links.LinkPurpose;
import com.stillpoint.platform.links.InvalidLinkException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** The friendly page for a link that cannot be used, with a status a browser or scanner understands. */
final class LinkProblemPage {

    private LinkProblemPage() {
    }

    static String render(LinkPurpose purpose, InvalidLinkException.Reason reason, Model model,
                         HttpServletResponse response) {
        response.setStatus(reason == InvalidLinkException.Reason.NOT_VALID
                ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        model.addAttribute("reason", reason.name());
        model.addAttribute("purpose", purpose.name());
        return "link-problem";
    }
}
