package com.stillpoint.booking.waitlist;

import com.stillpoint.booking.calendar.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who an offer suits, and that an offer cannot be taken once it expired. */
class WaitlistOfferTest {

    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final Instant NOW = Instant.parse("2026-12-01T17:00:00Z");
    private static final FreedTime FREED = new FreedTime("harbour-kitsilano", VANCOUVER, "harbour-maya",
            Instant.parse("2026-12-09T18:00:00Z"));

    @Test
    void anOfferIsOpenUntilItExpires() {
        WaitlistOffer offer = WaitlistOffer.make("offer-1", entry(List.of()), FREED, NOW.plusSeconds(1800), "sealed",
                at(NOW));

        assertThat(offer.open(at(NOW.plusSeconds(1799)))).isTrue();
        assertThat(offer.open(at(NOW.plusSeconds(1800)))).isFalse();
        offer.taken();
        assertThat(offer.open(at(NOW))).isFalse();
    }

    @Test
    void aWaitingClientWantsOnlyTimesInTheirClinicsTherapistDatesAndHours() {
        WaitlistEntry mornings = entry(List.of(new WeeklyHours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));

        assertThat(mornings.wants("harbour-kitsilano", "harbour-maya", FREED.start())).isTrue();
        assertThat(mornings.wants("harbour-gastown", "harbour-maya", FREED.start())).isFalse();
        assertThat(mornings.wants("harbour-kitsilano", "harbour-jonah", FREED.start())).isFalse();
        assertThat(mornings.wants("harbour-kitsilano", "harbour-maya", FREED.start().withHour(13))).isFalse();
        assertThat(mornings.wants("harbour-kitsilano", "harbour-maya", FREED.start().plusWeeks(1))).isFalse();
    }

    private static WaitlistEntry entry(List<WeeklyHours> windows) {
        return WaitlistEntry.join("entry-1", "harbour", "harbour-client-ada", List.of("harbour-kitsilano"),
                "harbour-swedish-60", "harbour-maya", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 11), windows,
                at(NOW));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
