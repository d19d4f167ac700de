package com.stillpoint.notification.replies;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client who texts STOP while a batch of their reminders is going out gets nothing more: the texts the provider
 * already has are gone, every one after is dropped at the last check before the call.
 */
class StopMidBatchTest extends NotificationIntegrationTest {

    private static final int BATCH = 16;
    /** At most this many sends can be past their last check when a STOP lands: one per dispatcher worker. */
    private static final int IN_FLIGHT = 4;

    @Test
    void stopMidBatchMeansNoFurtherTexts() {
        TestClient client = newClient(EnumSet.of(Channel.EMAIL, Channel.SMS), Channel.EMAIL,
                Map.of("REMINDER", Channel.SMS), Locale.CANADA, VANCOUVER);
        Instant start = daysAheadAt(4, 10, VANCOUVER);
        List<AppointmentBooked> bookings = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            bookings.add(booked(client, start.plus(Duration.ofMinutes(i))));
        }
        bookings.forEach(this::publish);
        List<ScheduledMessage> reminders = bookings.stream()
                .map(booked -> awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS)).toList();
        sms.slowFor(client.phone(), 300);

        timePasses(reminders.get(BATCH - 1).dueAt());
        await().until(() -> sms.textsTo(client.phone()).size() >= 3
                && reminders.stream().anyMatch(reminder -> findMessage(reminder.id()).status() == MessageStatus.SENT));
        assertThat(postAsProvider("/webhooks/sms/inbound", Map.of("MessageSid", "SMin" + client.id(),
                "From", client.phone(), "To", "+16045550000", "Body", "STOP")).statusCode()).isEqualTo(200);
        int textsWhenStopped = sms.textsTo(client.phone()).size();

        await().until(() -> reminders.stream().allMatch(reminder -> findMessage(reminder.id()).status().isFinal()));
        List<ScheduledMessage> outcomes = reminders.stream().map(reminder -> findMessage(reminder.id())).toList();
        assertThat(sms.textsTo(client.phone()).size()).isLessThanOrEqualTo(textsWhenStopped + IN_FLIGHT)
                .isLessThan(BATCH);
        assertThat(outcomes).filteredOn(reminder -> reminder.status() == MessageStatus.SKIPPED)
                .isNotEmpty()
                .allSatisfy(reminder -> assertThat(reminder.outcome()).contains("opted out"));

        AppointmentBooked later = booked(client, daysAheadAt(6, 10, VANCOUVER));
        publish(later);
        ScheduledMessage nextReminder = awaitMessage(later.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
        int textsAfterTheBatch = sms.textsTo(client.phone()).size();
        timePasses(nextReminder.dueAt());
        await().until(() -> findMessage(nextReminder.id()).status().isFinal());
        assertThat(findMessage(nextReminder.id()).status()).isEqualTo(MessageStatus.SKIPPED);
        assertThat(sms.textsTo(client.phone())).hasSize(textsAfterTheBatch);
    }
}
