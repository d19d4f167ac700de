package com.stillpoint.notification.dispatch;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentNoShow;
import com.stillpoint.contracts.intake.SurveyRequested;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** At most one non-critical text a day per client; what is about their appointments is never held back. */
class DailyTextAllowanceTest extends NotificationIntegrationTest {

    @Test
    void aSecondFollowUpTextTheSameDayWaitsForTheNextMorning() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        Instant afternoon = daysAheadAt(1, 13, VANCOUVER);
        String visited = "appt-" + UUID.randomUUID();
        publish(new SurveyRequested(UUID.randomUUID(), clock.instant(), CHAIN, "survey-" + UUID.randomUUID(), visited,
                client.id(), CLINIC, linkSealer.seal(URI.create("http://localhost:8082/survey/" + UUID.randomUUID())),
                afternoon, afternoon.plus(Duration.ofDays(7))));
        String missed = "appt-" + UUID.randomUUID();
        publish(new AppointmentNoShow(UUID.randomUUID(), clock.instant(), CHAIN, missed, 3, client.id(), CLINIC,
                afternoon.minus(Duration.ofHours(3)), VANCOUVER));
        ScheduledMessage survey = awaitMessage(visited, 0, MessageKind.SURVEY_LINK, Channel.SMS);
        ScheduledMessage followUp = awaitMessage(missed, 3, MessageKind.NO_SHOW_FOLLOW_UP, Channel.SMS);
        assertThat(followUp.dueAt()).isEqualTo(survey.dueAt());

        timePasses(afternoon);
        await().until(() -> sms.textsTo(client.phone()).size() == 1
                && findMessage(survey.id()).status() != MessageStatus.SENDING
                && findMessage(followUp.id()).status() != MessageStatus.SENDING
                && (findMessage(survey.id()).status() == MessageStatus.SCHEDULED
                || findMessage(followUp.id()).status() == MessageStatus.SCHEDULED));
        ScheduledMessage held = findMessage(survey.id()).status() == MessageStatus.SCHEDULED
                ? findMessage(survey.id()) : findMessage(followUp.id());
        Instant nextMorning = ZonedDateTime.of(afternoon.atZone(VANCOUVER).toLocalDate().plusDays(1),
                LocalTime.of(8, 0), VANCOUVER).toInstant();
        await().until(() -> nextMorning.equals(findMessage(held.id()).dueAt()));
        assertThat(findMessage(held.id()).outcome()).isEqualTo("one non-critical text a day");

        publish(booked(client, daysAheadAt(4, 10, VANCOUVER)));
        await("a confirmation is critical: not held back").until(() -> sms.textsTo(client.phone()).size() == 2);

        timePasses(nextMorning);
        await().until(() -> sms.textsTo(client.phone()).size() == 3);
        // The provider has the text before the dispatcher records its answer.
        await().until(() -> findMessage(held.id()).status() == MessageStatus.SENT);
    }
}
