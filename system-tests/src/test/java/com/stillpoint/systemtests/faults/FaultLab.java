package com.stillpoint.systemtests.faults;

import org.awaitility.Awaitility;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault runs' own clinic in the demo chain, in UTC, open around the clock, with enough therapists, rooms and
 * clients for real contention, created through the staff APIs like any clinic.
 *
 * <p>Each scenario books in its own {@link Window}: four reminder slots a quarter of an hour apart, whose reminders
 * the clinic's policy makes due a few seconds into the scenario (one policy rule per slot), so reminders really go
 * out while the fault happens and cancellations race them; and later hourly slots whose reminders stay in the
 * future, for volume.
 */
final class FaultLab {

    static final String SERVICE = "harbour-swedish-60";
    static final int REMINDER_SLOTS = 4;
    private static final Duration SLOT_SPACING = Duration.ofMinutes(15);
    private static final int HOURLY_SLOTS = 10;
    private static final LocalTime FIRST_SLOT = LocalTime.of(6, 0);

    final String clinicId;
    final List<String> therapistIds = new ArrayList<>();
    final List<Client> clients = new ArrayList<>();
    private final StaffApi booking;
    private final StaffApi notification;

    record Client(String id, String phone) {
    }

    /**
     * Where one scenario books.
     *
     * @param slots    the starts a booking may choose; the first {@link #REMINDER_SLOTS} have reminders due at
     *                 {@code remindersDue}
     */
    record Window(List<LocalDateTime> slots, Instant remindersDue) {
    }

    FaultLab(StaffApi booking, StaffApi notification, int therapists, int clientCount) {
        this.booking = booking;
        this.notification = notification;
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Map<String, String>> rooms = IntStream.rangeClosed(1, therapists)
                .mapToObj(room -> Map.of("name", "Room " + room, "type", "TABLE")).toList();
        clinicId = created(booking.post("/api/clinics", Map.of("name", "Fault lab " + run, "timeZone", "UTC",
                "address", "1 Test Street", "phone", "+16045550999", "rooms", rooms, "openingHours", aroundTheClock(),
                "closures", List.of(), "lateCancelWindow", "PT1H", "minimumNotice", "PT1H",
                "bookingHorizon", "P60D")));
        for (int i = 1; i <= therapists; i++) {
            String therapistId = created(booking.post("/api/therapists",
                    Map.of("name", "Therapist " + i, "skills", List.of("SWEDISH"))));
            StaffApi.Answer shifts = booking.put("/api/therapists/" + therapistId + "/shifts/" + clinicId, aroundTheClock());
            assertThat(shifts.status()).as(shifts.body().toString()).isEqualTo(200);
            therapistIds.add(therapistId);
        }
        for (int i = 0; i < clientCount; i++) {
            String phone = "+1604" + String.format("%07d", Math.abs((run + i).hashCode()) % 10_000_000);
            String id = created(booking.post("/api/clients", Map.of("firstName", "Faye", "lastName", "Fault " + i,
                    "email", "fault-" + run + "-" + i + "@example.test", "phone", phone, "locale", "en-CA",
                    "timeZone", "UTC", "allowedChannels", List.of("EMAIL", "SMS"), "preferredChannel", "EMAIL")));
            clients.add(new Client(id, phone));
        }
    }

    /**
     * Opens the window of the scenario with this number (each on its own day), and sets the clinic's reminder
     * policy so its reminder slots are due at {@code remindersDue}.
     */
    Window window(int scenario, Instant remindersDue) {
        LocalDateTime first = LocalDate.now(ZoneOffset.UTC).plusDays(2 + scenario).atTime(FIRST_SLOT);
        List<LocalDateTime> slots = new ArrayList<>();
        List<Map<String, String>> reminders = new ArrayList<>();
        for (int slot = 0; slot < REMINDER_SLOTS; slot++) {
            LocalDateTime start = first.plus(SLOT_SPACING.multipliedBy(slot));
            slots.add(start);
            // Whole minutes, rounded down: the reminders fall due within a minute after the time asked for.
            Duration before = Duration.ofMinutes(Duration.between(remindersDue, start.toInstant(ZoneOffset.UTC)).toMinutes());
            reminders.add(Map.of("channel", slot % 2 == 0 ? "EMAIL" : "SMS", "before", before.toString()));
        }
        for (int hour = 2; hour < 2 + HOURLY_SLOTS; hour++) {
            slots.add(first.plusHours(hour));
        }
        await(() -> notification.put("/api/notification/clinics/" + clinicId + "/reminder-policy",
                Map.of("reminders", reminders)));
        return new Window(slots, remindersDue);
    }

    /** Notification-service learns of the clinic from an event; until then it does not know the clinic's id. */
    private static void await(Supplier<StaffApi.Answer> call) {
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> call.get().status() == 200);
    }

    private static List<Map<String, String>> aroundTheClock() {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("day", day.name(), "from", "00:00", "until", "23:45")).toList();
    }

    private static String created(StaffApi.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.id();
    }
}
