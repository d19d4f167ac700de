package com.stillpoint.localstack.sms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

/** The messages the sink received: a page for people, JSON for scripts and end-to-end tests. */
@Controller
class SmsConsoleController {

    private final SmsMessages messages;
    private final SmsSinkProperties properties;

    SmsConsoleController(SmsMessages messages, SmsSinkProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping("/sms")
    String list(Model model) {
        model.addAttribute("messages", messages.newestFirst());
        model.addAttribute("accountSid", properties.accountSid());
        return "sms/list";
    }

    /** Every recorded message, newest first. */
    @GetMapping("/sms.json")
    @ResponseBody
    List<SmsMessage> json() {
        return messages.newestFirst();
    }
}
