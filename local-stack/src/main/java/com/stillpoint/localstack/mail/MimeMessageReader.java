package com.stillpoint.localstack.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Turns a received MIME message into a {@link CapturedMail}. Tolerant: a part it cannot read becomes a note in the
 * text, never a rejected mail, because the sender under test should not fail on the capture's account.
 */
final class MimeMessageReader {

    private MimeMessageReader() {
    }

    static CapturedMail read(long id, Instant receivedAt, MimeMessage message, Collection<String> recipients) {
        Bodies bodies = new Bodies();
        try {
            bodies.collect(message);
        } catch (MessagingException | IOException e) {
            bodies.text = "(the console could not read this message's body: " + e.getMessage() + ")";
        }
        return new CapturedMail(id, receivedAt,
                addresses(message::getFrom).stream().findFirst().orElse(null),
                addresses(() -> message.getRecipients(Message.RecipientType.TO)),
                addresses(() -> message.getRecipients(Message.RecipientType.CC)),
                List.copyOf(recipients), subject(message), bodies.text, bodies.html, headers(message));
    }

    private static List<String> addresses(AddressHeader header) {
        try {
            Address[] addresses = header.read();
            return addresses == null ? List.of() : Arrays.stream(addresses)
                    .map(address -> address instanceof InternetAddress internet ? internet.toUnicodeString()
                            : address.toString())
                    .toList();
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static List<CapturedMail.Header> headers(MimeMessage message) {
        try {
            List<CapturedMail.Header> headers = new ArrayList<>();
            for (jakarta.mail.Header header : Collections.list(message.getAllHeaders())) {
                headers.add(new CapturedMail.Header(header.getName(), decoded(header.getValue())));
            }
            return List.copyOf(headers);
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private static String decoded(String rawValue) {
        String unfolded = MimeUtility.unfold(rawValue);
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException e) {
            return unfolded;
        }
    }

    @FunctionalInterface
    private interface AddressHeader {
        Address[] read() throws MessagingException;
    }

    /** The first plain and first HTML body found walking the MIME tree, attachments skipped. */
    private static final class Bodies {

        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            }
        }
    }
}
