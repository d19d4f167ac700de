package com.stillpoint.notification.recipients;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Quiet hours on the client's own clock, in any zone, across daylight-saving changes. */
class QuietHoursTest {

    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void aMessageDueLateInTheEveningWaitsForEightTheNextMorning() {
        Instant due = local("2030-01-15T23:30", VANCOUVER);

        assertThat(NIGHT.nextAllowed(due, VANCOUVER)).isEqualTo(local("2030-01-16T08:00", VANCOUVER));
    }

    @Test
    void aMessageDueBeforeDawnWaitsForEightTheSameMorning() {
        assertThat(NIGHT.nextAllowed(local("2030-01-16T03:00", VANCOUVER), VANCOUVER))
                .isEqualTo(local("2030-01-16T08:00", VANCOUVER));
    }

    @Test
    void theDayItselfIsFreeAndTheEdgesBelongWhereTheySay() {
        assertThat(NIGHT.nextAllowed(local("2030-01-16T12:00", VANCOUVER), VANCOUVER))
                .isEqualTo(local("2030-01-16T12:00", VANCOUVER));
        assertThat(NIGHT.contains(local("2030-01-16T08:00", VANCOUVER), VANCOUVER)).isFalse();
        assertThat(NIGHT.contains(local("2030-01-16T20:59", VANCOUVER), VANCOUVER)).isFalse();
        assertThat(NIGHT.contains(local("2030-01-16T21:00", VANCOUVER), VANCOUVER)).isTrue();
    }

    @Test
    void theSameInstantIsDaytimeForOneClientAndNightForAnother() {
        Instant instant = Instant.parse("2030-01-16T18:00:00Z");

        assertThat(NIGHT.contains(instant, VANCOUVER)).as("10:00 in Vancouver").isFalse();
        assertThat(NIGHT.contains(instant, PARIS)).as("19:00 in Paris").isFalse();
        assertThat(NIGHT.contains(instant, KOLKATA)).as("23:30 in Kolkata").isTrue();
        assertThat(NIGHT.nextAllowed(instant, KOLKATA)).isEqualTo(local("2030-01-17T08:00", KOLKATA));
    }

    @Test
    void whenClocksSpringForwardTheNightEndsAtEightLocalTimeNotNineHoursLater() {
        // Vancouver skips 02:00-03:00 on 10 March 2030: that night is an hour shorter.
        Instant dueAtOneThirty = local("2030-03-10T01:30", VANCOUVER);

        Instant allowed = NIGHT.nextAllowed(dueAtOneThirty, VANCOUVER);

        assertThat(allowed).isEqualTo(Instant.parse("2030-03-10T15:00:00Z"));
        assertThat(allowed.atZone(VANCOUVER).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void whenClocksFallBackTheNightEndsAtEightLocalTimeAnHourLaterInUtc() {
        // Vancouver repeats 01:00-02:00 on 3 November 2030.
        Instant allowed = NIGHT.nextAllowed(Instant.parse("2030-11-03T08:30:00Z"), VANCOUVER);

        assertThat(allowed).isEqualTo(Instant.parse("2030-11-03T16:00:00Z"));
        assertThat(allowed.atZone(VANCOUVER).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void aNightEndingInTheSkippedHourEndsRightAfterTheGap() {
        QuietHours untilTwoThirty = new QuietHours(LocalTime.of(21, 0), LocalTime.of(2, 30));

        assertThat(untilTwoThirty.nextAllowed(local("2030-03-10T01:00", VANCOUVER), VANCOUVER))
                .isEqualTo(local("2030-03-10T03:30", VANCOUVER));
    }

    @Test
    void theNextDayStartsWhenItsQuietHoursEnd() {
        assertThat(NIGHT.startOfNextDay(local("2030-01-16T10:00", PARIS), PARIS))
                .isEqualTo(local("2030-01-17T08:00", PARIS));
        assertThat(NIGHT.startOfNextDay(local("2030-03-30T10:00", PARIS), PARIS))
                .as("across the spring change in Paris").isEqualTo(Instant.parse("2030-03-31T06:00:00Z"));
    }

    @Test
    void aDaytimeWindowDoesNotWrapMidnight() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));

        assertThat(lunch.contains(local("2030-01-16T12:30", PARIS), PARIS)).isTrue();
        assertThat(lunch.contains(local("2030-01-16T23:30", PARIS), PARIS)).isFalse();
        assertThat(lunch.nextAllowed(local("2030-01-16T12:30", PARIS), PARIS)).isEqualTo(local("2030-01-16T13:00", PARIS));
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }
}
