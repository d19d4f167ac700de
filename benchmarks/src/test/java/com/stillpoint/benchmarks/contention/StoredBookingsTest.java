package com.stillpoint.benchmarks.contention;

import com.stillpoint.benchmarks.contention.StoredBookings.Booked;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoredBookingsTest {

    private static final Instant NINE = Instant.parse("2030-01-07T17:00:00Z");

    @Test
    void countsEveryPairOfIntersectingTimesOnOneResource() {
        StoredBookings stored = new StoredBookings(List.of(
                booked("a", "maya", "room-1", 0, 75),
                booked("b", "maya", "room-2", 60, 135),
                booked("c", "maya", "room-3", 70, 80),
                booked("d", "jonah", "room-1", 75, 150)));

        assertThat(stored.therapistOverlaps()).as("a-b, a-c, b-c").isEqualTo(3);
        assertThat(stored.roomOverlaps()).as("a and d only touch").isZero();
    }

    @Test
    void backToBackTimesDoNotOverlap() {
        StoredBookings stored = new StoredBookings(List.of(
                booked("a", "maya", "room-1", 0, 75),
                booked("b", "maya", "room-1", 75, 150)));

        assertThat(stored.therapistOverlaps()).isZero();
        assertThat(stored.roomOverlaps()).isZero();
    }

    private static Booked booked(String id, String therapist, String room, int fromMinute, int untilMinute) {
        return new Booked(id, therapist, room, NINE.plusSeconds(60L * fromMinute), NINE.plusSeconds(60L * untilMinute));
    }
}
