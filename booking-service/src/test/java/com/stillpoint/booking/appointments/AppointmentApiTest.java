package com.stillpoint.booking.appointments;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.platform.messaging.CloudEventHeaders;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class AppointmentApiTest extends BookingServiceTest {

    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    /** Each test books on its own future day, so tests sharing the database never meet. */
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(30);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    EventJson eventJson;
    @Autowired
    MongoOperations mongo;

    RestTestClient api;
    LocalDate day;

    @BeforeEach
    void setUp() {
        api = restClient();
        day = LocalDate.now(VANCOUVER).plusDays(NEXT_DAY.getAndIncrement());
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameAppointment() {
        String key = newKey();
        Map<String, Object> request = booking("harbour-maya", "harbour-kitsilano", null, at(10, 0));

        Map<?, ?> first = book(StaffTokens.frontDesk(), key, request, HttpStatus.CREATED);
        Map<?, ?> retry = book(StaffTokens.frontDesk(), key, request, HttpStatus.OK);

        assertThat(retry.get("id")).isEqualTo(first.get("id"));
        assertThat(first.get("status")).isEqualTo("BOOKED");
        assertThat(first.get("zone")).isEqualTo("America/Vancouver");
        assertThat(LocalDateTime.parse((String) first.get("start"))).isEqualTo(at(10, 0));
        assertThat(first.get("version")).isEqualTo(2);

        Map<String, Object> different = booking("harbour-maya", "harbour-kitsilano", null, at(14, 0));
        assertProblem(post(StaffTokens.frontDesk(), key, different), HttpStatus.UNPROCESSABLE_CONTENT,
                "idempotency-key-reused");
    }

    @Test
    void aTherapistCannotBeInTwoClinicsAtOnce() {
        book(StaffTokens.frontDesk(), newKey(), booking("harbour-maya", "harbour-kitsilano", null, at(10, 0)),
                HttpStatus.CREATED);
        long appointmentsStored = mongo.getCollection("appointments").countDocuments();

        assertProblem(post(StaffTokens.frontDesk(), newKey(),
                        booking("harbour-maya", "harbour-gastown", null, at(10, 30))),
                HttpStatus.CONFLICT, "slot-taken");
        assertThat(mongo.getCollection("appointments").countDocuments())
                .as("a booking refused for a taken therapist writes nothing").isEqualTo(appointmentsStored);
    }

    @Test
    void theBuffersKeepTheTherapistFreeBetweenSessions() {
        book(StaffTokens.frontDesk(), newKey(), booking("harbour-jonah", "harbour-kitsilano", null, at(9, 0)),
                HttpStatus.CREATED);

        // Ends 10:00, then 10 minutes to clean up; the next session's 5-minute setup may not start before 10:10.
        assertProblem(post(StaffTokens.frontDesk(), newKey(),
                booking("harbour-jonah", "harbour-kitsilano", null, at(10, 10))), HttpStatus.CONFLICT, "slot-taken");
        book(StaffTokens.frontDesk(), newKey(), booking("harbour-jonah", "harbour-kitsilano", null, at(10, 15)),
                HttpStatus.CREATED);
    }

    @Test
    void aTakenRoomIsNeverGivenTwiceAndAnotherFreeRoomIsChosen() {
        book(StaffTokens.frontDesk(), newKey(), booking("harbour-jonah", "harbour-kitsilano", "harbour-kits-1",
                at(13, 0)), HttpStatus.CREATED);

        assertProblem(post(StaffTokens.frontDesk(), newKey(),
                        booking("harbour-sofia", "harbour-kitsilano", "harbour-kits-1", at(13, 30))),
                HttpStatus.CONFLICT, "slot-taken");
        Map<?, ?> elsewhere = book(StaffTokens.frontDesk(), newKey(),
                booking("harbour-sofia", "harbour-kitsilano", null, at(13, 30)), HttpStatus.CREATED);
        assertThat(elsewhere.get("roomId")).isEqualTo("harbour-kits-2");
    }

    @Test
    void cancellingFreesTheTimeAndCannotHappenTwice() {
        Map<?, ?> booked = book(StaffTokens.frontDesk(), newKey(),
                booking("harbour-sofia", "harbour-gastown", null, at(11, 0)), HttpStatus.CREATED);

        Map<?, ?> cancelled = api.post().uri("/api/appointments/{id}/cancellation", booked.get("id"))
                .header("Authorization", "Bearer " + StaffTokens.frontDesk())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cancelledBy", "CLINIC", "reason", "Therapist unwell"))
                .exchange()
                .expectStatus().isOk()
                .returnResult(Map.class).getResponseBody();
        assertThat(cancelled.get("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.get("version")).isEqualTo(3);

        book(StaffTokens.frontDesk(), newKey(), booking("harbour-sofia", "harbour-gastown", null, at(11, 0)),
                HttpStatus.CREATED);
        assertProblem(api.post().uri("/api/appointments/{id}/cancellation", booked.get("id"))
                .header("Authorization", "Bearer " + StaffTokens.frontDesk())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cancelledBy", "CLINIC"))
                .exchange(), HttpStatus.CONFLICT, "illegal-transition");
    }

    @Test
    void badRequestsAreProblemsAndChangeNothing() {
        api.post().uri("/api/appointments")
                .header("Authorization", "Bearer " + StaffTokens.frontDesk())
                .contentType(MediaType.APPLICATION_JSON)
                .body(booking("harbour-maya", "harbour-kitsilano", null, at(15, 0)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        Map<String, Object> massAssigned = new HashMap<>(booking("harbour-maya", "harbour-kitsilano", null,
                at(15, 0)));
        massAssigned.put("status", "COMPLETED");
        assertProblemStatus(post(StaffTokens.frontDesk(), newKey(), massAssigned), HttpStatus.BAD_REQUEST);

        Map<String, Object> injected = new HashMap<>(booking("harbour-maya", "harbour-kitsilano", null,
                at(15, 0)));
        injected.put("clientId", Map.of("$gt", ""));
        assertProblemStatus(post(StaffTokens.frontDesk(), newKey(), injected), HttpStatus.BAD_REQUEST);

        LocalDateTime skippedByDst = LocalDateTime.of(2027, 3, 14, 2, 30);
        assertProblem(post(StaffTokens.frontDesk(), newKey(),
                booking("harbour-maya", "harbour-kitsilano", null, skippedByDst)), HttpStatus.BAD_REQUEST,
                "invalid-request");

        assertProblem(post(StaffTokens.frontDesk(), newKey(),
                booking("harbour-maya", "harbour-nowhere", null, at(15, 0))), HttpStatus.NOT_FOUND, "not-found");

        // None of the refused requests took the time.
        book(StaffTokens.frontDesk(), newKey(), booking("harbour-maya", "harbour-kitsilano", null, at(15, 0)),
                HttpStatus.CREATED);
    }

    @Test
    void staffSeeOnlyWhatTheirChainRoleAndClinicsAllow() {
        Map<?, ?> booked = book(StaffTokens.frontDesk(), newKey(),
                booking("harbour-maya", "harbour-kitsilano", null, at(16, 0)), HttpStatus.CREATED);
        String id = (String) booked.get("id");

        get(StaffTokens.therapist("harbour-maya"), id).expectStatus().isOk();
        assertProblem(get(StaffTokens.therapist("harbour-jonah"), id), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(get(StaffTokens.otherChainAdmin(), id), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(post(StaffTokens.therapist("harbour-maya"), newKey(),
                booking("harbour-maya", "harbour-kitsilano", null, at(18, 0))), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(post(StaffTokens.frontDesk(), newKey(),
                booking("harbour-maya", "harbour-annex", null, at(18, 0))), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(api.get().uri("/api/appointments/{id}", id).exchange(), HttpStatus.UNAUTHORIZED,
                "unauthenticated");
    }

    @Test
    void aBookingIsAnnouncedOnceItIsCommitted() {
        Map<?, ?> booked = book(StaffTokens.frontDesk(), newKey(),
                booking("harbour-liam", "harbour-gastown", null, at(12, 0)), HttpStatus.CREATED);
        String id = (String) booked.get("id");

        ConsumerRecord<String, String> record;
        try (TopicReader topic = TopicReader.of(bootstrapServers, Topics.APPOINTMENTS.name())) {
            record = topic.awaitRecord(TopicReader.keyed(id));
        }

        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo("appointment.booked.v1");
        AppointmentBooked event = eventJson.read(record.value(), AppointmentBooked.class);
        assertThat(event.appointmentVersion()).isEqualTo(2);
        assertThat(event.chainId()).isEqualTo("harbour");
        assertThat(event.therapistId()).isEqualTo("harbour-liam");
        assertThat(event.clinicZone()).isEqualTo(VANCOUVER);
        assertThat(event.startsAt()).isEqualTo(at(12, 0).atZone(VANCOUVER).toInstant());
        assertThat(event.endsAt()).isEqualTo(event.startsAt().plus(Duration.ofMinutes(60)));
    }

    private Map<?, ?> book(String token, String key, Map<String, Object> request, HttpStatus expected) {
        return post(token, key, request).expectStatus().isEqualTo(expected).returnResult(Map.class).getResponseBody();
    }

    private RestTestClient.ResponseSpec post(String token, String key, Map<String, Object> request) {
        return api.post().uri("/api/appointments")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .exchange();
    }

    private RestTestClient.ResponseSpec get(String token, String id) {
        return api.get().uri("/api/appointments/{id}", id).header("Authorization", "Bearer " + token).exchange();
    }

    private static void assertProblem(RestTestClient.ResponseSpec response, HttpStatus status, String code) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code).jsonPath("$.status").isEqualTo(status.value());
    }

    private static void assertProblemStatus(RestTestClient.ResponseSpec response, HttpStatus status) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private Map<String, Object> booking(String therapistId, String clinicId, String roomId, LocalDateTime start) {
        Map<String, Object> request = new HashMap<>(Map.of(
                "clientId", "harbour-client-ada",
                "clinicId", clinicId,
                "serviceId", therapistId.equals("harbour-liam") ? "harbour-deep-tissue-60" : "harbour-swedish-60",
                "therapistId", therapistId,
                "start", start.toString()));
        if (roomId != null) {
            request.put("roomId", roomId);
        }
        return request;
    }

    private LocalDateTime at(int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute));
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
