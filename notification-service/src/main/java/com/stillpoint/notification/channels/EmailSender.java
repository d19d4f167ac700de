package com.stillpoint.notification.channels;

import com.stillpoint.contracts.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Email over SMTP through Spring Mail. The SMTP server accepting the message is what counts as sent. */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final String from;

    EmailSender(JavaMailSender mail, @Value("${stillpoint.notification.email-from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String send(OutgoingMessage message) {
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            mail.send(mime);
            return mime.getMessageID();
        } catch (MessagingException | MailException e) {
            throw new ProviderException("SMTP did not accept the message", e);
        }
    }
}
