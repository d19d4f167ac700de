package com.stillpoint.localstack.platform;

import com.stillpoint.localstack.mail.MailCapture;
import com.stillpoint.localstack.sms.SmsSinkProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home page: what runs where, and the way to the captured mail and SMS. */
@Controller
class ConsoleHomeController {

    private final LocalPlatform platform;
    private final PlatformProperties properties;
    private final MailCapture mailCapture;
    private final SmsSinkProperties sms;

    ConsoleHomeController(LocalPlatform platform, PlatformProperties properties, MailCapture mailCapture,
                          SmsSinkProperties sms) {
        this.platform = platform;
        this.properties = properties;
        this.mailCapture = mailCapture;
        this.sms = sms;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("launch", properties.launch());
        model.addAttribute("components", platform.components());
        model.addAttribute("logs", properties.logs());
        model.addAttribute("smtpPort", mailCapture.smtpPort());
        model.addAttribute("sms", sms);
        return "home";
    }
}
