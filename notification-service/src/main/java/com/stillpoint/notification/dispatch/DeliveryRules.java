package com.stillpoint.notification.dispatch;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.appointments.AppointmentRecord;
import com.stillpoint.notification.recipients.QuietHours;
import com.stillpoint.notification.recipients.Reach;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.ScheduledMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules a due message must pass just before it is sent, in order: the appointment still holds as the message
 * describes it, the link or offer hasn't expired, the client can be reached for this kind of message, it is not
 * their quiet hours, and a non-critical text doesn't exceed their one a day. Pure: everything it needs is given.
 */
final class DeliveryRules {

    static final String ONE_TEXT_A_DAY = "one non-critical text a day";

    private final QuietHours quietHours;

    DeliveryRules(QuietHours quietHours) {
        this.quietHours = quietHours;
    }

    /**
     * @param appointment        the appointment the message is about, if known here
     * @param dailyTextAvailable whether the client's allowance of one non-critical text is free on a day (of their
     *                           calendar) for this message
     */
    Decision decide(ScheduledMessage message, Optional<Reach> reach, boolean clinicKnown,
                    Optional<AppointmentRecord> appointment, Instant now, Predicate<LocalDate> dailyTextAvailable) {
        if (reach.isEmpty() || !clinicKnown) {
            return Decision.waitFor("recipient or clinic not known yet");
        }
        Optional<String> stale = staleness(message, appointment, now);
        if (stale.isPresent()) {
            return Decision.skip(stale.get());
        }
        if (message.content().expiredAt(now)) {
            return Decision.skip("expired before it could be sent");
        }
        Optional<Channel> channel = reach.get().route(message.kind(), message.channel());
        if (channel.isEmpty()) {
            return Decision.skip(reach.get().optedOut().contains(message.channel())
                    ? "the client opted out of " + message.channel()
                    : "the client cannot be reached for this on any channel they allow");
        }
        ZoneId zone = reach.get().recipient().zone();
        if (respectsQuietHours(message.kind(), channel.get())) {
            Optional<Instant> quietUntil = quietHours.quietUntil(now, zone);
            if (quietUntil.isPresent()) {
                return Decision.defer(quietUntil.get(), "quiet hours");
            }
        }
        if (channel.get() == Channel.SMS && !message.kind().critical()
                && !dailyTextAvailable.test(now.atZone(zone).toLocalDate())) {
            return Decision.defer(startOfNextDay(now, zone), ONE_TEXT_A_DAY);
        }
        return Decision.send(channel.get());
    }

    /** When the client's next day starts for us: the end of its quiet hours. */
    Instant startOfNextDay(Instant now, ZoneId zone) {
        return quietHours.startOfNextDay(now, zone);
    }

    /**
     * Why the message would be stale now, if it would: its appointment was cancelled, has started, or moved since
     * the message was written (only versions that set the time and place count, not a confirmation).
     */
    static Optional<String> staleness(ScheduledMessage message, Optional<AppointmentRecord> appointment, Instant now) {
        MessageKind.Guard guard = message.kind().guard();
        if (guard == MessageKind.Guard.NONE) {
            return Optional.empty();
        }
        Instant startsAt = appointment.map(AppointmentRecord::startsAt).orElse(message.content().appointmentStartsAt());
        if (startsAt != null && !now.isBefore(startsAt)) {
            return Optional.of("too late: the appointment has started");
        }
        if (appointment.isEmpty()) {
            return Optional.empty();
        }
        if (appointment.get().cancelled()) {
            return Optional.of("appointment cancelled");
        }
        if (guard == MessageKind.Guard.LIVE_VERSION && !appointment.get().isCurrent(message.appointmentVersion())) {
            return Optional.of("stale: the appointment moved after this was written");
        }
        if (message.kind() == MessageKind.INTAKE_NUDGE && appointment.get().intakeDone()) {
            return Optional.of("intake done");
        }
        return Optional.empty();
    }

    /**
     * Texts wake people: every text waits out quiet hours, except an answer to the client's own text. Email is
     * silent enough for what is about an appointment the client holds; follow-ups wait on every channel.
     */
    static boolean respectsQuietHours(MessageKind kind, Channel channel) {
        return channel == Channel.SMS ? !kind.answersTheClient() : !kind.critical();
    }
}
