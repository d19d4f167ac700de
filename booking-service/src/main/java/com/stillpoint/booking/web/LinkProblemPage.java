package com.stillpoint.booking.web;

import com.stillpoint.platform.links.InvalidLinkException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** The friendly page for a link that cannot be used, with a status a browser or scanner understands. */
public final class LinkProblemPage {

    private LinkProblemPage() {
    }

    public static String render(InvalidLinkException.Reason reason, Model model, HttpServletResponse response) {
        response.setStatus(reason == InvalidLinkException.Reason.NOT_VALID
                ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        model.addAttribute("reason", reason.name());
        return "link-problem";
    }
}
