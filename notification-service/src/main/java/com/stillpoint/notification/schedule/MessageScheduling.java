package com.stillpoint.notification.schedule;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.notification.dispatch.MessageDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns what happened into what clients will hear, and when. Every message is written to the schedule first and
 * sent from there, so a message due now and one due in two days take the same durable path.
 */
@Service
public class MessageScheduling {

    static final Duration EMAIL_REMINDER_BEFORE = Duration.ofHours(48);
    static final Duration SMS_REMINDER_BEFORE = Duration.ofHours(24);
    /** Intake links carry no appointment version; they belong to the booking as a whole. */
    private static final long NO_VERSION = 0;

    private final ScheduledMessages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageScheduling(ScheduledMessages messages, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    public void onBooked(AppointmentBooked booked) {
        MessageContent content = new MessageContent(booked.clinicId(), booked.startsAt(), null);
        Instant now = clock.instant();
        schedule(ScheduledMessage.schedule(booked.chainId(), booked.clientId(), booked.appointmentId(),
                booked.appointmentVersion(), MessageKind.CONFIRMATION, Channel.EMAIL, content, now));
        scheduleReminder(booked, Channel.EMAIL, EMAIL_REMINDER_BEFORE, content);
        scheduleReminder(booked, Channel.SMS, SMS_REMINDER_BEFORE, content);
    }

    public void onCancelled(AppointmentCancelled cancelled) {
        messages.scheduledFor(cancelled.appointmentId()).forEach(message -> {
            if (message.cancel("appointment cancelled")) {
                messages.save(message);
            }
        });
    }

    public void onIntakeRequested(IntakeRequested requested) {
        schedule(ScheduledMessage.schedule(requested.chainId(), requested.clientId(), requested.appointmentId(),
                NO_VERSION, MessageKind.INTAKE_LINK, Channel.EMAIL,
                new MessageContent(requested.clinicId(), requested.expiresAt(), requested.sealedLink()),
                clock.instant()));
    }

    private void scheduleReminder(AppointmentBooked booked, Channel channel, Duration before, MessageContent content) {
        Instant dueAt = booked.startsAt().minus(before);
        if (dueAt.isAfter(clock.instant())) {
            schedule(ScheduledMessage.schedule(booked.chainId(), booked.clientId(), booked.appointmentId(),
                    booked.appointmentVersion(), MessageKind.REMINDER, channel, content, dueAt));
        }
    }

    private void schedule(ScheduledMessage message) {
        try {
            messages.add(message);
        } catch (DuplicateKeyException alreadyScheduled) {
            return;
        }
        if (!message.dueAt().isAfter(clock.instant())) {
            events.publishEvent(new MessageDue(message.chainId(), message.id()));
        }
    }
}
