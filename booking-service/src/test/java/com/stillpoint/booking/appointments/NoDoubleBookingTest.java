package com.stillpoint.booking.appointments;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import com.stillpoint.booking.calendar.Interval;
import com.stillpoint.booking.calendar.TravelTimes;
import com.stillpoint.booking.chains.Chains;
import com.stillpoint.platform.tenancy.TenantContext;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Hundreds of overlapping bookings at once, in mixed durations, across two clinics, for the same therapist and the
 * same rooms: every request is either booked or refused with 409, and what is stored never overlaps, buffers and
 * travel time between the clinics included.
 */
class NoDoubleBookingTest extends BookingServiceTest {

    private static final int REQUESTS = 240;
    private static final List<String> CLINICS = List.of("harbour-kitsilano", "harbour-gastown");
    private static final Map<String, List<String>> ROOMS = Map.of(
            "harbour-kitsilano", List.of("harbour-kits-1", "harbour-kits-2"),
            "harbour-gastown", List.of("harbour-gastown-1", "harbour-gastown-2"));
    /** Maya is the contended therapist; Jonah books the same rooms, so rooms are contended across therapists. */
    private static final Map<String, List<String>> SERVICES = Map.of(
            "harbour-maya", List.of("harbour-swedish-60", "harbour-swedish-90", "harbour-craniosacral-50",
                    "harbour-myofascial-50"),
            "harbour-jonah", List.of("harbour-sports-30", "harbour-swedish-90", "harbour-deep-tissue-60"));

    @Autowired
    MongoOperations mongo;
    @Autowired
    Chains chains;

    @Test
    void everyRequestIsBookedOrRefusedAndNothingStoredOverlaps() throws Exception {
        LocalDate day = TestCalendar.daysAhead(50);
        String token = StaffTokens.chainAdmin();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Random random = new Random(42);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String therapist = i % 3 == 2 ? "harbour-jonah" : "harbour-maya";
            String clinic = CLINICS.get(random.nextInt(2));
            List<String> services = SERVICES.get(therapist);
            String room = random.nextBoolean() ? null : ROOMS.get(clinic).get(random.nextInt(2));
            LocalTime start = LocalTime.of(9, 0).plusMinutes(5L * random.nextInt(7 * 12));
            bodies.add("{\"clientId\":\"harbour-client-ada\",\"clinicId\":\"" + clinic + "\",\"serviceId\":\""
                    + services.get(random.nextInt(services.size())) + "\",\"therapistId\":\"" + therapist + "\","
                    + (room == null ? "" : "\"roomId\":\"" + room + "\",")
                    + "\"start\":\"" + day.atTime(start) + "\"}");
        }

        ExecutorService pool = Executors.newFixedThreadPool(48);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (String body : bodies) {
            responses.add(pool.submit(() -> {
                go.await();
                return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/appointments"))
                        .header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> response : responses) {
            statuses.add(response.get().statusCode());
        }
        pool.shutdown();

        assertThat(statuses).hasSize(REQUESTS).allMatch(status -> status == 201 || status == 409);
        long booked = statuses.stream().filter(status -> status == 201).count();
        assertThat(booked).as("some requests win").isGreaterThan(5);
        assertThat(statuses).as("most lose").filteredOn(status -> status == 409).hasSizeGreaterThan(REQUESTS / 2);

        List<Document> stored = bookedOn(day);
        assertThat(stored).as("every 201 is stored, nothing else is").hasSize((int) booked);
        TravelTimes travel = TenantContext.callAs("harbour", chains::travelTimes);
        assertNoOverlaps(stored, "therapistId", travel);
        assertNoOverlaps(stored, "roomId", TravelTimes.standardOnly());
    }

    private List<Document> bookedOn(LocalDate day) {
        Instant from = day.atStartOfDay(TestCalendar.VANCOUVER).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(TestCalendar.VANCOUVER).toInstant();
        return mongo.find(new Query(where("chainId").is("harbour").and("status").is("BOOKED")
                .and("placement.therapistId").in(SERVICES.keySet())
                .and("placement.session.start").gte(Date.from(from)).lt(Date.from(until))), Document.class, "appointments");
    }

    /**
     * No two stored appointments on one resource clash: their blocked times (session plus buffers) overlap, or, for
     * a therapist, come closer than the travel time between their clinics. Rooms never need travel time.
     */
    private static void assertNoOverlaps(List<Document> appointments, String resource, TravelTimes travel) {
        Map<String, List<Document>> byResource = appointments.stream()
                .collect(Collectors.groupingBy(document -> placement(document).getString(resource)));
        Set<String> checkedPairs = new HashSet<>();
        byResource.forEach((name, onResource) -> {
            for (Document one : onResource) {
                for (Document other : onResource) {
                    if (one == other || !checkedPairs.add(one.get("_id") + "/" + other.get("_id"))) {
                        continue;
                    }
                    Duration gap = resource.equals("roomId") ? Duration.ZERO
                            : travel.between(placement(one).getString("clinicId"), placement(other).getString("clinicId"));
                    assertThat(blocked(one).widen(gap, gap).overlaps(blocked(other)))
                            .as("%s %s: %s and %s", resource, name, one.get("_id"), other.get("_id")).isFalse();
                }
            }
        });
    }

    private static Document placement(Document appointment) {
        return appointment.get("placement", Document.class);
    }

    private static Interval blocked(Document appointment) {
        Document blocked = placement(appointment).get("blocked", Document.class);
        return new Interval(blocked.getDate("start").toInstant(), blocked.getDate("end").toInstant());
    }
}
