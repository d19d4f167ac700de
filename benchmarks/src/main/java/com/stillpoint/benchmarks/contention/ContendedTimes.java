package com.stillpoint.benchmarks.contention;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The contended calendar and the load on it: 20 therapist-days of the demo chain (four therapists who all give
 * Swedish massage, each at one clinic, on five weekdays a month ahead), and booking requests at random quarter
 * hours between 09:00 and 17:00 for a 60 or 90 minute session, any free room.
 *
 * <p>Load settings are system properties: {@code contention.clients} (200), {@code contention.seconds} (60),
 * {@code contention.pace-ms} (500: the time between the starts of one client's attempts),
 * {@code contention.warm-up-seconds} (20: the same load first, on other days a month later, not measured).
 */
public record ContendedTimes(int clients, Duration duration, Duration pace, List<LocalDate> days,
                             Duration warmUp) {

    public static final int DEFAULT_CLIENTS = 200;
    static final String CHAIN = "harbour";
    static final String CLIENT = "harbour-client-ada";
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final int DAYS = 5;
    /** Therapist and the clinic where they are booked. */
    private static final List<List<String>> THERAPISTS = List.of(
            List.of("harbour-maya", "harbour-kitsilano"),
            List.of("harbour-jonah", "harbour-gastown"),
            List.of("harbour-sofia", "harbour-annex"),
            List.of("harbour-kenji", "harbour-annex"));
    private static final List<String> SERVICES = List.of("harbour-swedish-60", "harbour-swedish-90");
    private static final int QUARTERS = 8 * 4;

    public static ContendedTimes fromSystemProperties() {
        return new ContendedTimes(Integer.getInteger("contention.clients", DEFAULT_CLIENTS),
                Duration.ofSeconds(Long.getLong("contention.seconds", 60)),
                Duration.ofMillis(Long.getLong("contention.pace-ms", 500)), weekdaysFrom(LocalDate.now(VANCOUVER)
                        .plusDays(30)), Duration.ofSeconds(Long.getLong("contention.warm-up-seconds", 20)));
    }

    /**
     * The same load on 20 other therapist-days a month later, for the warm-up: the service's JIT compiles the
     * booking path under load, and the measured days still start empty.
     */
    public ContendedTimes warmUpLoad() {
        return new ContendedTimes(clients, warmUp, pace, weekdaysFrom(days.get(0).plusDays(30)), Duration.ZERO);
    }

    /** Whether a stored session starts on one of these days (in the chain's zone). */
    public boolean covers(Instant start) {
        return days.contains(start.atZone(VANCOUVER).toLocalDate());
    }

    static List<LocalDate> weekdaysFrom(LocalDate first) {
        return first.datesUntil(first.plusDays(14))
                .filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
                .limit(DAYS).toList();
    }

    public int therapistDays() {
        return THERAPISTS.size() * days.size();
    }

    /** A desk's booking request for a random time on one of the contended therapist-days. */
    public String randomRequest() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> therapist = THERAPISTS.get(random.nextInt(THERAPISTS.size()));
        LocalTime start = LocalTime.of(9, 0).plusMinutes(15L * random.nextInt(QUARTERS));
        return """
                {"clientId":"%s","clinicId":"%s","serviceId":"%s","therapistId":"%s","start":"%s"}"""
                .formatted(CLIENT, therapist.get(1), SERVICES.get(random.nextInt(SERVICES.size())), therapist.get(0),
                        days.get(random.nextInt(days.size())).atTime(start));
    }

    public String idempotencyKey() {
        return UUID.randomUUID().toString();
    }
}
