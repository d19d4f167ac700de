package com.stillpoint.notification.dispatch;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.booking.AppointmentRescheduled;
import com.stillpoint.notification.appointments.Appointments;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.platform.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** No reminder after a cancellation, and none for a time the appointment no longer has. */
class StaleMessagesTest extends NotificationIntegrationTest {

    @Autowired
    Appointments appointments;

    @Test
    void noReminderAfterTheAppointmentIsCancelled() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        AppointmentBooked booked = booked(client, daysAheadAt(4, 10, VANCOUVER));
        publish(booked);
        ScheduledMessage reminder = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
        await().until(() -> sms.textsTo(client.phone()).size() == 1);

        publish(cancelled(booked, 3));
        await().until(() -> findMessage(reminder.id()).status() == MessageStatus.CANCELLED);
        timePasses(reminder.dueAt());
        await().until(() -> sms.textsTo(client.phone()).size() == 2);

        assertThat(sms.textsTo(client.phone()).get(1)).contains("is cancelled");
        assertThat(sms.textsTo(client.phone())).noneMatch(text -> text.contains("a reminder of"));
    }

    @Test
    void aRescheduleReplacesTheRemindersAndTheOldTimeIsNeverMentionedAgain() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        Instant oldStart = daysAheadAt(5, 10, VANCOUVER);
        Instant newStart = daysAheadAt(6, 15, VANCOUVER);
        AppointmentBooked booked = booked(client, oldStart);
        publish(booked);
        ScheduledMessage oldReminder = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);

        publish(rescheduled(booked, 3, newStart));
        ScheduledMessage newReminder = awaitMessage(booked.appointmentId(), 3, MessageKind.REMINDER, Channel.SMS);
        await().until(() -> findMessage(oldReminder.id()).status() == MessageStatus.CANCELLED);
        await().until(() -> sms.textsTo(client.phone()).size() == 2);
        assertThat(sms.textsTo(client.phone()).get(1)).contains("is now on").contains("3:00 p.m.");

        timePasses(oldReminder.dueAt());
        timePasses(newReminder.dueAt());
        await().until(() -> findMessage(newReminder.id()).status() == MessageStatus.SENT);

        assertThat(sms.textsTo(client.phone())).hasSize(3);
        assertThat(sms.textsTo(client.phone()).get(2)).contains("a reminder of").contains("3:00 p.m.");
        assertThat(newReminder.dueAt()).isEqualTo(newStart.minus(Duration.ofHours(24)));
    }

    @Test
    void aReminderThatEscapedCancellationIsStillCheckedAgainstTheCurrentVersionJustBeforeSending() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        AppointmentBooked booked = booked(client, daysAheadAt(5, 9, VANCOUVER));
        publish(booked);
        ScheduledMessage reminder = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
        await().until(() -> sms.textsTo(client.phone()).size() == 1);

        // The appointment moved, but the reminder of its old time stayed scheduled, as after a crash between the
        // projection's update and the cancellation of the pending messages.
        TenantContext.runAs(CHAIN, () -> appointments.placed(rescheduled(booked, 3, daysAheadAt(7, 9, VANCOUVER)),
                client.id(), CLINIC, daysAheadAt(7, 9, VANCOUVER), null, null));
        assertThat(findMessage(reminder.id()).status()).isEqualTo(MessageStatus.SCHEDULED);
        timePasses(reminder.dueAt());

        await().until(() -> findMessage(reminder.id()).status() == MessageStatus.SKIPPED);
        assertThat(findMessage(reminder.id()).outcome()).startsWith("stale");
        assertThat(sms.textsTo(client.phone())).hasSize(1);
    }

    @Test
    void aLateEventOfAnOlderVersionChangesNothing() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        AppointmentBooked booked = booked(client, daysAheadAt(5, 13, VANCOUVER));
        publish(booked);
        awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
        publish(cancelled(booked, 4));
        await().until(() -> findMessage(ScheduledMessage.keyOf(booked.appointmentId(), 2, MessageKind.REMINDER,
                Channel.SMS)).status() == MessageStatus.CANCELLED);

        publish(rescheduled(booked, 3, daysAheadAt(6, 13, VANCOUVER)));
        publish(cancelled(booked, 5));
        await().until(() -> findMessage(ScheduledMessage.keyOf(booked.appointmentId(), 5, MessageKind.CANCEL_NOTICE,
                Channel.SMS)) != null);

        assertThat(findMessage(ScheduledMessage.keyOf(booked.appointmentId(), 3, MessageKind.REMINDER, Channel.SMS)))
                .as("the late reschedule was ignored").isNull();
    }

    private AppointmentCancelled cancelled(AppointmentBooked booked, long version) {
        return new AppointmentCancelled(UUID.randomUUID(), clock.instant(), CHAIN, booked.appointmentId(), version,
                booked.clientId(), CLINIC, booked.startsAt(), VANCOUVER, false, "CLINIC");
    }

    private AppointmentRescheduled rescheduled(AppointmentBooked booked, long version, Instant newStart) {
        return new AppointmentRescheduled(UUID.randomUUID(), clock.instant(), CHAIN, booked.appointmentId(), version,
                booked.clientId(), CLINIC, "harbour-maya", "harbour-kits-1", booked.startsAt(), newStart,
                newStart.plus(Duration.ofHours(1)), VANCOUVER, null);
    }
}
