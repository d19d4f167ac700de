package com.stillpoint.notification.admin;

import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.schedule.ScheduledMessages;
import com.stillpoint.platform.figures.FiguresRange;
import com.stillpoint.platform.figures.FiguresReport;
import com.stillpoint.platform.figures.FiguresTally;
import com.stillpoint.platform.reference.ClinicDirectory;
import com.stillpoint.platform.security.StaffMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Per-clinic figures for the admin console's dashboard, over the messages meant to go out in a range of days:
 * <ul>
 *   <li>{@code reminder-on-time-rate}: reminders sent within {@code stillpoint.notification.overdue-after} of their
 *       time, among those that were to go out by now (cancelled and skipped ones were never to go);</li>
 *   <li>{@code sms-failure-rate}: texts that failed (refused, given up on, or reported undelivered) among the texts
 *       that reached an outcome.</li>
 * </ul>
 * A clinic admin gets their clinics, a chain admin every clinic of the chain.
 */
@RestController
class FiguresController {

    static final String REMINDER_ON_TIME_RATE = "reminder-on-time-rate";
    static final String SMS_FAILURE_RATE = "sms-failure-rate";
    private static final Set<MessageStatus> NEVER_TO_GO = EnumSet.of(MessageStatus.CANCELLED, MessageStatus.SKIPPED);
    private static final Set<MessageStatus> SETTLED =
            EnumSet.of(MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.FAILED);

    private final ScheduledMessages messages;
    private final Clock clock;
    private final Duration grace;
    private final ClinicDirectory clinics;

    FiguresController(ScheduledMessages messages, Clock clock, NotificationProperties properties,
                      ClinicDirectory clinics) {
        this.messages = messages;
        this.clock = clock;
        this.grace = properties.overdueAfter();
        this.clinics = clinics;
    }

    @GetMapping("/api/notification/figures")
    FiguresReport figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        FiguresRange range = new FiguresRange(from, to);
        Instant shouldHaveGone = clock.instant().minus(grace);
        FiguresTally tally = new FiguresTally();
        for (ScheduledMessage message : messages.plannedBetween(range.start(), range.end())) {
            String clinicId = message.content().clinicId();
            if (message.kind() == MessageKind.REMINDER && !message.plannedFor().isAfter(shouldHaveGone)
                    && !NEVER_TO_GO.contains(message.status())) {
                tally.count(clinicId, REMINDER_ON_TIME_RATE, message.sentOnTime(grace));
            }
            if (message.bySms() && SETTLED.contains(message.status())) {
                tally.count(clinicId, SMS_FAILURE_RATE, message.status() == MessageStatus.FAILED);
            }
        }
        return tally.report(range, StaffMember.require()::worksAt, clinics::nameOf);
    }
}
