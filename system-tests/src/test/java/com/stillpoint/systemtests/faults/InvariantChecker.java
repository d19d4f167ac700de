package com.stillpoint.systemtests.faults;

import com.stillpoint.systemtests.faults.History.Booking;
import com.stillpoint.systemtests.faults.History.PublishedEvent;
import com.stillpoint.systemtests.faults.History.Send;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The promises the platform keeps whatever fails, checked over a recorded {@link History}:
 * <ol>
 *   <li>nothing lost: no event is left in an outbox, every event on {@code booking.appointments} was processed by
 *       every consumer group, and a record nobody can read is on the dead-letter topic;</li>
 *   <li>nothing twice: a provider took at most one message per deduplication key;</li>
 *   <li>no double booking: no two appointments holding time overlap on a therapist or a room;</li>
 *   <li>nothing stale: no reminder went out for an appointment after notification-service knew it was cancelled.</li>
 * </ol>
 * Each broken promise is one line of the answer, so a failed run names every violation at once.
 */
final class InvariantChecker {

    /**
     * A reminder that passed its last check just before the cancellation arrived may reach the provider just after:
     * that one was already in flight, not sent on stale knowledge.
     */
    static final Duration IN_FLIGHT = Duration.ofSeconds(1);

    private final Set<String> consumerGroups;

    InvariantChecker(Set<String> consumerGroups) {
        this.consumerGroups = Set.copyOf(consumerGroups);
    }

    List<String> violations(History history) {
        List<String> violations = new ArrayList<>();
        history.pendingOutbox().forEach(document -> violations.add("unpublished outbox events in " + document));
        violations.addAll(unconsumed(history));
        violations.addAll(duplicateSends(history.sends()));
        violations.addAll(overlaps(history.bookings(), Booking::therapistId, "therapist"));
        violations.addAll(overlaps(history.bookings(), Booking::roomId, "room"));
        violations.addAll(remindersAfterCancellation(history));
        return violations;
    }

    private List<String> unconsumed(History history) {
        List<String> violations = new ArrayList<>();
        for (PublishedEvent event : history.published()) {
            if (!event.readable()) {
                if (!history.deadLettered().contains(event.eventId())) {
                    violations.add("unreadable record " + event.eventId() + " is not on the dead-letter topic");
                }
                continue;
            }
            for (String group : consumerGroups) {
                if (!history.processed().getOrDefault(group, Set.of()).contains(event.eventId())) {
                    violations.add(event.type() + " " + event.eventId() + " was not processed by " + group);
                }
            }
        }
        return violations;
    }

    private static List<String> duplicateSends(List<Send> sends) {
        return sends.stream().collect(Collectors.groupingBy(Send::deduplicationKey, Collectors.counting()))
                .entrySet().stream().filter(sent -> sent.getValue() > 1)
                .map(sent -> "message " + sent.getKey() + " was sent " + sent.getValue() + " times")
                .sorted().toList();
    }

    private static List<String> overlaps(List<Booking> bookings, Function<Booking, String> resource, String kind) {
        Map<String, List<Booking>> byResource = bookings.stream().filter(Booking::holdsTime)
                .collect(Collectors.groupingBy(resource));
        List<String> violations = new ArrayList<>();
        byResource.forEach((id, held) -> {
            for (int i = 0; i < held.size(); i++) {
                for (int j = i + 1; j < held.size(); j++) {
                    if (held.get(i).overlaps(held.get(j))) {
                        violations.add(kind + " " + id + " is double-booked by " + held.get(i).appointmentId()
                                + " and " + held.get(j).appointmentId());
                    }
                }
            }
        });
        return violations;
    }

    private static List<String> remindersAfterCancellation(History history) {
        return history.sends().stream().filter(Send::isReminder).filter(send -> {
            Instant known = history.cancellationsSeen().get(send.appointmentId());
            return known != null && send.at().isAfter(known.plus(IN_FLIGHT));
        }).map(send -> "reminder " + send.deduplicationKey() + " was sent at " + send.at()
                + ", after the cancellation was processed at " + history.cancellationsSeen().get(send.appointmentId()))
                .toList();
    }
}
