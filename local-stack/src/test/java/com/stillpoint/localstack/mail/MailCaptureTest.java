package com.stillpoint.localstack.mail;

import com.jayway.jsonpath.JsonPath;
import com.stillpoint.localstack.ConsoleClient;
import com.stillpoint.localstack.DevConsoleTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@DevConsoleTest
class MailCaptureTest {

    private static final String SUBJECT = "Your session on Tuesday at 10:00";
    private static final String INTAKE_LINK = "https://harbour.test/intake?token=abc&step=1";

    @LocalServerPort
    int port;

    @Autowired
    MailCapture mailCapture;

    @Test
    void aMailSentOverSmtpShowsUpAsJsonAndOnThePages() throws MessagingException, UnsupportedEncodingException {
        send();
        ConsoleClient console = new ConsoleClient(port);

        String json = await().atMost(Duration.ofSeconds(10)).until(() -> console.get("/mail.json").body(),
                body -> !JsonPath.<List<?>>read(body, "$[?(@.subject == '" + SUBJECT + "')]").isEmpty());

        Map<String, Object> mail = JsonPath.<List<Map<String, Object>>>read(json,
                "$[?(@.subject == '" + SUBJECT + "')]").get(0);
        assertThat(mail).containsEntry("from", "Harbour Massage <hello@harbour.test>")
                .containsEntry("to", List.of("sam@example.test"));
        assertThat(mail.get("recipients")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("sam@example.test", "audit@harbour.test");
        assertThat((String) mail.get("text")).contains("Fill in your intake: " + INTAKE_LINK);
        assertThat((String) mail.get("html")).contains("<a href=\"" + INTAKE_LINK.replace("&", "&amp;") + "\">");
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.subject == '" + SUBJECT
                + "')].headers[?(@.name == 'List-Unsubscribe')].value"))
                .containsExactly("<https://harbour.test/unsubscribe?token=xyz>");

        int id = (Integer) mail.get("id");
        assertThat(console.get("/mail").body()).contains(SUBJECT).contains("href=\"/mail/" + id + "\"")
                .contains("sam@example.test");
        String page = console.get("/mail/" + id).body();
        assertThat(page)
                .as("the text part, with its link clickable")
                .contains("<a href=\"" + INTAKE_LINK.replace("&", "&amp;") + "\"")
                .as("the HTML part, in a sandboxed frame")
                .contains("<iframe").contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\"")
                .as("the headers")
                .contains("List-Unsubscribe").contains("&lt;https://harbour.test/unsubscribe?token=xyz&gt;");
    }

    @Test
    void anUnknownMailIsNotFound() {
        assertThat(new ConsoleClient(port).get("/mail/999999").statusCode()).isEqualTo(404);
    }

    private void send() throws MessagingException, UnsupportedEncodingException {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailCapture.smtpPort());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("hello@harbour.test", "Harbour Massage");
        helper.setTo("sam@example.test");
        helper.setBcc("audit@harbour.test");
        helper.setSubject(SUBJECT);
        helper.setText("Hi Sam,\nFill in your intake: " + INTAKE_LINK + "\n",
                "<p>Hi Sam,</p><p><a href=\"" + INTAKE_LINK.replace("&", "&amp;") + "\">Fill in your intake</a></p>");
        message.setHeader("List-Unsubscribe", "<https://harbour.test/unsubscribe?token=xyz>");
        sender.send(message);
    }
}
