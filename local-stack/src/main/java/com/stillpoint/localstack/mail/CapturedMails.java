package com.stillpoint.localstack.mail;

import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The most recent captured mails, newest first, bounded so a long session cannot exhaust the console's memory. */
@Component
class CapturedMails {

    private final int capacity;
    private final Clock clock;
    private final Deque<CapturedMail> newestFirst = new ArrayDeque<>();
    private long lastId;

    CapturedMails(MailCaptureProperties properties, Clock clock) {
        this.capacity = properties.capacity();
        this.clock = clock;
    }

    synchronized CapturedMail add(MimeMessage message, Collection<String> recipients) {
        CapturedMail mail = MimeMessageReader.read(++lastId, clock.instant(), message, recipients);
        newestFirst.addFirst(mail);
        if (newestFirst.size() > capacity) {
            newestFirst.removeLast();
        }
        return mail;
    }

    synchronized List<CapturedMail> newestFirst() {
        return List.copyOf(newestFirst);
    }

    synchronized Optional<CapturedMail> find(long id) {
        return newestFirst.stream().filter(mail -> mail.id() == id).findFirst();
    }
}
