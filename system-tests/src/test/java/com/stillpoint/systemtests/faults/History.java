package com.stillpoint.systemtests.faults;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the platform did during a fault run, read back afterwards from the topics from their start, the databases
 * and the providers' own records. Plain values, so the {@link InvariantChecker} can be proven on made-up histories.
 *
 * @param published          every record on {@code booking.appointments}
 * @param processed          per consumer group, the event ids its inbox holds
 * @param deadLettered       the {@code ce_id} of every record on {@code booking.appointments.DLT}
 * @param pendingOutbox      documents, in any service's database, that still hold unpublished events
 * @param sends              every message a provider took (SMTP server, SMS provider)
 * @param bookings           every stored appointment
 * @param cancellationsSeen  per cancelled appointment, when notification-service processed its cancellation
 */
record History(List<PublishedEvent> published, Map<String, Set<String>> processed, Set<String> deadLettered,
               List<String> pendingOutbox, List<Send> sends, List<Booking> bookings,
               Map<String, Instant> cancellationsSeen) {

    /**
     * A record on the topic.
     *
     * @param eventId  the payload's {@code eventId}, or the {@code ce_id} header of a record no consumer can read
     * @param readable whether it is an event at all; one that is not must end on the dead-letter topic
     */
    record PublishedEvent(String eventId, String type, boolean readable) {
    }

    /**
     * One message a provider took.
     *
     * @param deduplicationKey the scheduled message's id: {@code subject:appointmentVersion:kind:channel}
     */
    record Send(String deduplicationKey, Instant at) {

        String appointmentId() {
            return deduplicationKey.split(":")[0];
        }

        boolean isReminder() {
            return deduplicationKey.contains(":reminder:");
        }
    }

    /**
     * A stored appointment and the time it blocks (the session and its buffers).
     *
     * @param holdsTime whether its status keeps the therapist's and room's time taken
     */
    record Booking(String appointmentId, String therapistId, String roomId, Instant from, Instant until,
                   boolean holdsTime) {

        boolean overlaps(Booking other) {
            return from.isBefore(other.until) && other.from.isBefore(until);
        }
    }
}
