package com.stillpoint.notification.schedule;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.contracts.intake.IntakeStatusChanged;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a booking leads to: a confirmation at once, reminders by the clinic's policy, the intake link and nudge. */
class ConfirmationAndRemindersTest extends NotificationIntegrationTest {

    @Test
    void aBookingIsConfirmedOnceAndRemindedByEmailTwoDaysAndByTextOneDayBefore() throws Exception {
        TestClient client = newClient(EnumSet.of(Channel.EMAIL, Channel.SMS), Channel.EMAIL);
        Instant start = daysAheadAt(5, 10, VANCOUVER);
        AppointmentBooked booked = booked(client, start);
        publish(booked);
        publish(booked);

        await().until(() -> mailsTo(client.email()).size() == 1);
        MimeMessage confirmation = mailsTo(client.email()).get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Your appointment at Stillpoint Kitsilano is confirmed");
        assertThat(GreenMailUtil.getBody(confirmation)).contains("Hi Ada").contains("Stillpoint Kitsilano")
                .contains("10:00").contains("Pacific").doesNotContainIgnoringCase("swedish");

        ScheduledMessage emailReminder = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.EMAIL);
        ScheduledMessage textReminder = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
        assertThat(emailReminder.dueAt()).isEqualTo(start.minus(Duration.ofHours(48)));
        assertThat(textReminder.dueAt()).isEqualTo(start.minus(Duration.ofHours(24)));
        assertThat(List.of(emailReminder.status(), textReminder.status())).containsOnly(MessageStatus.SCHEDULED);

        timePasses(emailReminder.dueAt());
        await().until(() -> mailsTo(client.email()).size() == 2);
        assertThat(mailsTo(client.email()).get(1).getSubject()).startsWith("Reminder: your appointment on");
        assertThat(sms.textsTo(client.phone())).isEmpty();

        timePasses(textReminder.dueAt());
        await().until(() -> sms.textsTo(client.phone()).size() == 1);
        assertThat(sms.textsTo(client.phone()).get(0)).startsWith("Hi Ada, a reminder of your appointment at "
                + "Stillpoint Kitsilano").contains("Reply C to confirm or X to cancel");
        await().until(() -> findMessage(textReminder.id()).status() == MessageStatus.SENT);
        assertThat(mailsTo(client.email())).hasSize(2);
    }

    @Test
    void aReminderWhoseTimePassedWhileTheBookingWasOnItsWayGoesAtOnceButNoneIsOwedForALaterBooking() throws Exception {
        TestClient client = newClient(EnumSet.of(Channel.EMAIL, Channel.SMS), Channel.EMAIL);
        Instant start = clock.instant().plus(Duration.ofHours(20));
        AppointmentBooked stillOnItsWay = booked(client, start);
        AppointmentBooked bookedSixHoursAgo = new AppointmentBooked(stillOnItsWay.eventId(),
                clock.instant().minus(Duration.ofHours(6)), CHAIN, stillOnItsWay.appointmentId(), 2, client.id(), CLINIC,
                "harbour-maya", "harbour-kits-1", "harbour-swedish-60", "SWEDISH", start,
                start.plus(Duration.ofHours(1)), VANCOUVER, null, null);
        publish(bookedSixHoursAgo);

        ScheduledMessage textReminder = awaitMessage(bookedSixHoursAgo.appointmentId(), 2, MessageKind.REMINDER,
                Channel.SMS);
        assertThat(textReminder.dueAt()).as("24 h before fell 4 h ago, after the booking: owed now")
                .isEqualTo(clock.instant());
        await().until(() -> sms.textsTo(client.phone()).size() == 1);
        assertThat(findMessage(ScheduledMessage.keyOf(bookedSixHoursAgo.appointmentId(), 2, MessageKind.REMINDER,
                Channel.EMAIL))).as("48 h before fell before the booking was made").isNull();

        AppointmentBooked bookedNow = booked(client, start.plus(Duration.ofHours(2)));
        publish(bookedNow);
        awaitMessage(bookedNow.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.EMAIL);
        assertThat(findMessage(ScheduledMessage.keyOf(bookedNow.appointmentId(), 2, MessageKind.REMINDER,
                Channel.SMS))).as("a booking made after its reminder's time gets none").isNull();
    }

    @Test
    void cancellingTheAppointmentCancelsItsPendingRemindersAndSaysSo() throws Exception {
        TestClient client = newClient(EnumSet.of(Channel.EMAIL), Channel.EMAIL);
        AppointmentBooked booked = booked(client, daysAheadAt(6, 11, VANCOUVER));
        publish(booked);
        awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);

        publish(new AppointmentCancelled(UUID.randomUUID(), clock.instant(), CHAIN, booked.appointmentId(), 3,
                client.id(), CLINIC, booked.startsAt(), VANCOUVER, false, "CLIENT"));

        await().untilAsserted(() -> {
            assertThat(findMessage(ScheduledMessage.keyOf(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.EMAIL))
                    .status()).isEqualTo(MessageStatus.CANCELLED);
            assertThat(findMessage(ScheduledMessage.keyOf(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS))
                    .status()).isEqualTo(MessageStatus.CANCELLED);
        });
        await().until(() -> mailsTo(client.email()).stream().anyMatch(mail -> subjectOf(mail).endsWith("is cancelled")));
    }

    @Test
    void anIntakeRequestSendsTheLinkAndNudgesTheDayBeforeUnlessIntakeIsDone() throws Exception {
        TestClient client = newClient(EnumSet.of(Channel.EMAIL), Channel.EMAIL);
        Instant start = daysAheadAt(4, 14, VANCOUVER);
        AppointmentBooked booked = booked(client, start);
        publish(booked);
        URI link = URI.create("http://localhost:8082/intake/start?token=" + UUID.randomUUID());
        publish(new IntakeRequested(UUID.randomUUID(), clock.instant(), CHAIN, "intake-" + UUID.randomUUID(),
                booked.appointmentId(), client.id(), CLINIC, linkSealer.seal(link), start));

        await().until(() -> mailsTo(client.email()).stream().anyMatch(mail -> subjectOf(mail).startsWith("Before your")));
        MimeMessage mail = mailsTo(client.email()).stream()
                .filter(candidate -> subjectOf(candidate).startsWith("Before your")).findFirst().orElseThrow();
        assertThat(GreenMailUtil.getBody(mail)).contains(link.toString());
        ScheduledMessage nudge = awaitMessage(booked.appointmentId(), 0, MessageKind.INTAKE_NUDGE, Channel.EMAIL);
        assertThat(nudge.dueAt()).isEqualTo(start.minus(Duration.ofHours(24)));

        publish(new IntakeStatusChanged(UUID.randomUUID(), clock.instant(), CHAIN, booked.appointmentId(), client.id(),
                IntakeReadiness.READY));

        await().until(() -> findMessage(nudge.id()).status() == MessageStatus.CANCELLED);
    }
}
