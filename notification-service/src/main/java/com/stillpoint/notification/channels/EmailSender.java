package com.stillpoint.notification.channels;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.platform.crypto.Sha256;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Email over SMTP through Spring Mail. The SMTP server accepting the message is what counts as sent.
 *
 * <p>Every attempt of one message carries the same {@code Message-ID}, derived from its deduplication key: if an
 * SMTP server took a message without our learning it, the copy a retry sends is the same message to the
 * recipient's mailbox, which shows it once. SMTP has no way to ask whether a message was taken, so
 * {@link #findSent} never finds one. Each message carries a one-click {@code List-Unsubscribe} (RFC 8058).
 */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final String from;

    EmailSender(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.from = properties.emailFrom();
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
            String messageId = "<" + Sha256.hex(message.reference()).substring(0, 40) + "@stillpoint.notification>";
            mime.setHeader("Message-ID", messageId);
            if (message.unsubscribe() != null) {
                mime.setHeader("List-Unsubscribe", "<" + message.unsubscribe() + ">");
                mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            mail.send(mime);
            return messageId;
        } catch (MailParseException | MailPreparationException | MessagingException e) {
            throw new ProviderRejectedException(null, "The message is not a valid email", null);
        } catch (MailException e) {
            throw new ProviderUnavailableException("The SMTP server did not take the message: "
                    + e.getClass().getSimpleName(), null);
        }
    }

    @Override
    public Optional<String> findSent(String to, String fingerprint, Instant since) {
        return Optional.empty();
    }
}
