package com.stillpoint.notification.replies;

import com.stillpoint.notification.recipients.Recipients;
import com.stillpoint.platform.links.InvalidLinkException;
import com.stillpoint.platform.links.LinkGrant;
import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;


/**
 * Unsubscribing from email. Mail apps post to the link in the {@code List-Unsubscribe} header (one click, RFC
 * 8058); a person opening it sees a page with a button, so a scanner that merely fetches the link changes nothing.
 * The token is the only credential: it names the chain and the client.
 */
@Controller
class UnsubscribePage {

    private final EmailUnsubscribes unsubscribes;
    private final ReplyHandling replies;
    private final Recipients recipients;

    UnsubscribePage(EmailUnsubscribes unsubscribes, ReplyHandling replies, Recipients recipients) {
        this.unsubscribes = unsubscribes;
        this.replies = replies;
        this.recipients = recipients;
    }

    @GetMapping("/unsubscribe")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return show(token, "confirm", false, model, response);
    }

    @PostMapping("/unsubscribe")
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return show(token, "done", true, model, response);
    }

    private String show(String token, String state, boolean act, Model model, HttpServletResponse response) {
        LinkGrant grant;
        try {
            grant = unsubscribes.check(token);
        } catch (InvalidLinkException refused) {
            response.setStatus(refused.reason() == InvalidLinkException.Reason.NOT_VALID
                    ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
            model.addAttribute("state", "invalid");
            model.addAttribute("french", false);
            return "unsubscribe";
        }
        boolean french = TenantContext.callAs(grant.chainId(), () -> {
            if (act) {
                replies.unsubscribeFromEmail(grant.subjectId());
            }
            return recipients.find(grant.subjectId())
                    .map(recipient -> "fr".equals(recipient.locale().getLanguage())).orElse(false);
        });
        model.addAttribute("state", state);
        model.addAttribute("french", french);
        model.addAttribute("token", token);
        return "unsubscribe";
    }
}
