package com.stillpoint.notification.dispatch;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Texts wait for the client's morning, in the client's own zone, whatever the clinic's, across clock changes. */
class QuietHoursDispatchTest extends NotificationIntegrationTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aTextDueInTheClientsNightWaitsForTheirMorningWhileTheEmailGoesAtOnce() {
        TestClient client = newClient(EnumSet.of(Channel.EMAIL, Channel.SMS), Channel.EMAIL, Map.of(),
                Locale.FRANCE, PARIS);
        AppointmentBooked booked = booked(client, daysAheadAt(3, 23, PARIS));
        publish(booked);
        ScheduledMessage text = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
        ScheduledMessage email = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.EMAIL);
        assertThat(email.dueAt().atZone(PARIS).getHour()).as("also in the client's night").isEqualTo(23);

        timePasses(email.dueAt());
        await().until(() -> findMessage(email.id()).status() == MessageStatus.SENT);

        timePasses(text.dueAt());
        Instant morning = ZonedDateTime.of(text.dueAt().atZone(PARIS).toLocalDate().plusDays(1), LocalTime.of(8, 0),
                PARIS).toInstant();
        await().until(() -> morning.equals(findMessage(text.id()).dueAt()));
        assertThat(findMessage(text.id()).status()).isEqualTo(MessageStatus.SCHEDULED);
        assertThat(findMessage(text.id()).outcome()).isEqualTo("quiet hours");
        assertThat(sms.textsTo(client.phone())).isEmpty();

        timePasses(morning);
        await().until(() -> sms.textsTo(client.phone()).size() == 1);
        assertThat(sms.textsTo(client.phone()).get(0)).startsWith("Bonjour Ada, rappel");
    }

    @Test
    void onTheNightTheClocksChangeATextWaitsForEightOClockLocalTime() {
        LocalDate changeDay = VANCOUVER.getRules().nextTransition(clock.instant().plus(Duration.ofDays(3)))
                .getDateTimeBefore().toLocalDate();
        Instant dueTheEveningBefore = ZonedDateTime.of(changeDay.minusDays(1), LocalTime.of(23, 0), VANCOUVER).toInstant();
        Instant eightAfterTheChange = ZonedDateTime.of(changeDay, LocalTime.of(8, 0), VANCOUVER).toInstant();
        assertThat(eightAfterTheChange).as("the night is not nine hours long")
                .isNotEqualTo(dueTheEveningBefore.plus(Duration.ofHours(9)));

        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        timePasses(dueTheEveningBefore.minus(Duration.ofDays(2)).minus(Duration.ofHours(12)));
        AppointmentBooked booked = booked(client, dueTheEveningBefore.plus(Duration.ofHours(24)));
        publish(booked);
        ScheduledMessage text = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
        assertThat(text.dueAt()).isEqualTo(dueTheEveningBefore);

        timePasses(text.dueAt());
        await().until(() -> eightAfterTheChange.equals(findMessage(text.id()).dueAt()));
        timePasses(eightAfterTheChange.minus(Duration.ofMinutes(30)));
        assertThat(findMessage(text.id()).status()).isEqualTo(MessageStatus.SCHEDULED);
        timePasses(eightAfterTheChange);
        await().until(() -> findMessage(text.id()).status() == MessageStatus.SENT);
    }
}
