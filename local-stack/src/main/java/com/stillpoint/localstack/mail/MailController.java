package com.stillpoint.localstack.mail;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** Pages for people and JSON for scripts, both showing what the SMTP capture received. */
@Controller
class MailController {

    // Links in a mail's HTML open in a new tab, not inside the sandboxed frame that shows it.
    private static final String OPEN_LINKS_IN_NEW_TAB = "<base target=\"_blank\">";

    private final CapturedMails capturedMails;
    private final MailCapture mailCapture;

    MailController(CapturedMails capturedMails, MailCapture mailCapture) {
        this.capturedMails = capturedMails;
        this.mailCapture = mailCapture;
    }

    @GetMapping("/mail")
    String list(Model model) {
        model.addAttribute("mails", capturedMails.newestFirst());
        model.addAttribute("smtpPort", mailCapture.smtpPort());
        return "mail/list";
    }

    @GetMapping("/mail/{id}")
    String show(@PathVariable long id, Model model) {
        CapturedMail mail = capturedMails.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No captured mail " + id));
        model.addAttribute("mail", mail);
        model.addAttribute("textHtml", Linkified.html(mail.text()));
        model.addAttribute("htmlDocument", mail.html() == null ? null : OPEN_LINKS_IN_NEW_TAB + mail.html());
        return "mail/show";
    }

    /** Every captured mail, newest first, with bodies and headers: what end-to-end tests read. */
    @GetMapping("/mail.json")
    @ResponseBody
    List<CapturedMail> json() {
        return capturedMails.newestFirst();
    }
}
