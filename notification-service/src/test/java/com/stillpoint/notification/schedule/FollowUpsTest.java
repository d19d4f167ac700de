package com.stillpoint.notification.schedule;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.contracts.booking.AppointmentNoShow;
import com.stillpoint.contracts.booking.WaitlistOfferMade;
import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.contracts.intake.SurveyRequested;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What follows a booking besides reminders: nudges, surveys, offers and a gentle word after a missed session. */
class FollowUpsTest extends NotificationIntegrationTest {

    @Test
    void anUnfinishedIntakeIsNudgedTheDayBefore() {
        TestClient client = newClient(EnumSet.of(Channel.EMAIL), Channel.EMAIL);
        Instant start = daysAheadAt(3, 15, VANCOUVER);
        AppointmentBooked booked = booked(client, start);
        publish(booked);
        URI link = URI.create("http://localhost:8082/intake/start?token=" + UUID.randomUUID());
        publish(new IntakeRequested(UUID.randomUUID(), clock.instant(), CHAIN, "intake-" + UUID.randomUUID(),
                booked.appointmentId(), client.id(), CLINIC, linkSealer.seal(link), start));
        ScheduledMessage nudge = awaitMessage(booked.appointmentId(), 0, MessageKind.INTAKE_NUDGE, Channel.EMAIL);

        timePasses(nudge.dueAt());

        await().until(() -> findMessage(nudge.id()).status() == MessageStatus.SENT);
        assertThat(mailsTo(client.email())).anySatisfy(mail -> assertThat(mail.getSubject()).contains("not finished"));
    }

    @Test
    void theSurveyGoesOutWhenIntakeServiceAsks() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        Instant sendAfter = clock.instant().plus(Duration.ofHours(26));
        URI link = URI.create("http://localhost:8082/survey/start?token=" + UUID.randomUUID());
        String appointmentId = "appt-" + UUID.randomUUID();
        publish(new SurveyRequested(UUID.randomUUID(), clock.instant(), CHAIN, "survey-1", appointmentId, client.id(),
                CLINIC, linkSealer.seal(link), sendAfter, sendAfter.plus(Duration.ofDays(7))));
        ScheduledMessage survey = awaitMessage(appointmentId, 0, MessageKind.SURVEY_LINK, Channel.SMS);
        assertThat(survey.dueAt()).isEqualTo(sendAfter);

        timePasses(aDaytimeMomentAfter(sendAfter));

        await().until(() -> sms.textsTo(client.phone()).size() == 1);
        assertThat(sms.textsTo(client.phone()).get(0)).contains(link.toString()).contains("how it went");
    }

    @Test
    void aRebookingNudgeIsDroppedWhenThePlansNextSessionIsBookedFirst() {
        TestClient client = newClient(EnumSet.of(Channel.EMAIL), Channel.EMAIL);
        String plan = "plan-" + UUID.randomUUID();
        Instant start = clock.instant().minus(Duration.ofHours(2));
        String done = "appt-" + UUID.randomUUID();
        publish(new AppointmentCompleted(UUID.randomUUID(), clock.instant(), CHAIN, done, 5, client.id(), CLINIC,
                "harbour-maya", "SWEDISH", start, start.plus(Duration.ofHours(1)), VANCOUVER, plan, false));
        ScheduledMessage nudge = awaitMessage(done, 5, MessageKind.REBOOKING_NUDGE, Channel.EMAIL);
        assertThat(nudge.dueAt()).isEqualTo(start.plus(Duration.ofHours(1)).plus(Duration.ofHours(48)));

        AppointmentBooked next = booked(client, daysAheadAt(6, 10, VANCOUVER));
        publish(new AppointmentBooked(next.eventId(), next.occurredAt(), CHAIN, next.appointmentId(), 2, client.id(),
                CLINIC, next.therapistId(), next.roomId(), next.serviceId(), next.modality(), next.startsAt(),
                next.endsAt(), VANCOUVER, plan, null));

        await().until(() -> findMessage(nudge.id()).status() == MessageStatus.CANCELLED);
    }

    @Test
    void aMissedSessionGetsAGentleWordAfterwards() {
        TestClient client = newClient(EnumSet.of(Channel.EMAIL), Channel.EMAIL);
        Instant start = aDaytimeMomentAfter(clock.instant().plus(Duration.ofHours(1)));
        String missed = "appt-" + UUID.randomUUID();
        publish(new AppointmentNoShow(UUID.randomUUID(), clock.instant(), CHAIN, missed, 4, client.id(), CLINIC, start,
                VANCOUVER));
        ScheduledMessage followUp = awaitMessage(missed, 4, MessageKind.NO_SHOW_FOLLOW_UP, Channel.EMAIL);
        assertThat(followUp.dueAt()).isEqualTo(start.plus(Duration.ofHours(3)));

        timePasses(aDaytimeMomentAfter(followUp.dueAt()));

        await().until(() -> mailsTo(client.email()).stream().anyMatch(mail -> subjectOf(mail).startsWith("We missed you")));
    }

    @Test
    void aWaitlistOfferGoesOutAtOnceAndAnExpiredOneNever() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        Instant slot = daysAheadAt(2, 16, VANCOUVER);
        URI link = URI.create("http://localhost:8081/offers/accept?token=" + UUID.randomUUID());
        publish(offer(client, slot, link, clock.instant().plus(Duration.ofHours(4))));
        await().until(() -> sms.textsTo(client.phone()).size() == 1);
        assertThat(sms.textsTo(client.phone()).get(0)).contains(link.toString()).containsIgnoringCase("first to accept");

        TestClient late = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        WaitlistOfferMade expired = offer(late, slot, link, clock.instant().minus(Duration.ofMinutes(1)));
        publish(expired);
        ScheduledMessage message = awaitMessage("offer-" + expired.offerId(), 0, MessageKind.WAITLIST_OFFER, Channel.SMS);
        await().until(() -> findMessage(message.id()).status() == MessageStatus.SKIPPED);
        assertThat(sms.textsTo(late.phone())).isEmpty();
    }

    private WaitlistOfferMade offer(TestClient client, Instant slot, URI link, Instant expiresAt) {
        return new WaitlistOfferMade(UUID.randomUUID(), clock.instant(), CHAIN, "offer-" + UUID.randomUUID(),
                "wait-" + UUID.randomUUID(), client.id(), CLINIC, slot, VANCOUVER, linkSealer.seal(link), expiresAt);
    }

    /** The first moment at or after {@code instant} that is daytime in Vancouver, so quiet hours don't intervene. */
    private static Instant aDaytimeMomentAfter(Instant instant) {
        int hour = instant.atZone(VANCOUVER).getHour();
        return hour >= 9 && hour < 20 ? instant
                : instant.atZone(VANCOUVER).plusDays(hour >= 20 ? 1 : 0).withHour(9).withMinute(0).toInstant();
    }
}
