package com.stillpoint.systemtests.faults;

import com.stillpoint.systemtests.faults.History.Booking;
import com.stillpoint.systemtests.faults.History.PublishedEvent;
import com.stillpoint.systemtests.faults.History.Send;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker finds each kind of violation, and nothing in a history that keeps every promise. */
class InvariantCheckerTest {

    private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");
    private static final String INTAKE = "intake-service";
    private static final String NOTIFICATION = "notification-service";

    private final InvariantChecker checker = new InvariantChecker(Set.of(INTAKE, NOTIFICATION));

    private final List<PublishedEvent> published = new ArrayList<>(List.of(
            new PublishedEvent("e1", "appointment.booked.v1", true),
            new PublishedEvent("e2", "appointment.cancelled.v1", true),
            new PublishedEvent("poison", "appointment.booked.v1", false)));
    private final Map<String, Set<String>> processed = new HashMap<>(Map.of(
            INTAKE, Set.of("e1", "e2"), NOTIFICATION, Set.of("e1", "e2")));
    private Set<String> deadLettered = Set.of("poison");
    private final List<String> pendingOutbox = new ArrayList<>();
    private final List<Send> sends = new ArrayList<>(List.of(
            new Send("a1:1:confirmation:email", T),
            new Send("a1:1:reminder:sms", T.plusSeconds(30)),
            new Send("a2:1:confirmation:email", T.plusSeconds(1))));
    private final List<Booking> bookings = new ArrayList<>(List.of(
            new Booking("a1", "maya", "room-1", T, T.plusSeconds(3600), true),
            // Back to back with a1 on both resources: touching is not overlapping.
            new Booking("a2", "maya", "room-1", T.plusSeconds(3600), T.plusSeconds(7200), true),
            // Overlaps a1, but was cancelled: its time is free again.
            new Booking("a3", "maya", "room-1", T.plusSeconds(1800), T.plusSeconds(5400), false)));
    private final Map<String, Instant> cancellationsSeen = new HashMap<>(Map.of("a1", T.plusSeconds(60)));

    @Test
    void aHistoryThatKeepsEveryPromiseHasNoViolation() {
        assertThat(violations()).isEmpty();
    }

    @Test
    void findsEventsLeftInAnOutbox() {
        pendingOutbox.add("stillpoint_booking.appointments/a9");

        assertThat(violations()).containsExactly("unpublished outbox events in stillpoint_booking.appointments/a9");
    }

    @Test
    void findsAnEventAConsumerGroupNeverProcessed() {
        processed.put(NOTIFICATION, Set.of("e1"));

        assertThat(violations()).containsExactly("appointment.cancelled.v1 e2 was not processed by notification-service");
    }

    @Test
    void findsAnUnreadableRecordThatIsNotDeadLettered() {
        deadLettered = Set.of();

        assertThat(violations()).containsExactly("unreadable record poison is not on the dead-letter topic");
    }

    @Test
    void findsAMessageSentTwice() {
        sends.add(new Send("a2:1:confirmation:email", T.plusSeconds(5)));

        assertThat(violations()).containsExactly("message a2:1:confirmation:email was sent 2 times");
    }

    @Test
    void findsATherapistBookedTwiceAtOnce() {
        bookings.add(new Booking("a4", "maya", "room-2", T.plusSeconds(600), T.plusSeconds(1200), true));

        assertThat(violations()).containsExactly("therapist maya is double-booked by a1 and a4");
    }

    @Test
    void findsARoomBookedTwiceAtOnce() {
        bookings.add(new Booking("a4", "jonah", "room-1", T.minusSeconds(600), T.plusSeconds(60), true));

        assertThat(violations()).containsExactly("room room-1 is double-booked by a1 and a4");
    }

    @Test
    void findsAReminderSentAfterItsCancellationWasKnown() {
        sends.add(new Send("a1:2:reminder:email", T.plusSeconds(62)));

        assertThat(violations()).containsExactly("reminder a1:2:reminder:email was sent at 2026-12-07T10:01:02Z,"
                + " after the cancellation was processed at 2026-12-07T10:01:00Z");
    }

    @Test
    void aReminderAlreadyInFlightWhenTheCancellationArrivedIsNoViolation() {
        sends.add(new Send("a1:2:reminder:email", T.plusSeconds(60).plus(InvariantChecker.IN_FLIGHT)));

        assertThat(violations()).isEmpty();
    }

    private List<String> violations() {
        return checker.violations(new History(published, processed, deadLettered, pendingOutbox, sends, bookings,
                cancellationsSeen));
    }
}
