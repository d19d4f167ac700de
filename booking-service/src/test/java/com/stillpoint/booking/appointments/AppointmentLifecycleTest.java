package com.stillpoint.booking.appointments;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.MovableClock;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.contracts.booking.AppointmentNoShow;
import com.stillpoint.platform.messaging.CloudEventHeaders;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static com.stillpoint.booking.StaffApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The day of a session: the client confirms, is checked in, the session completes; or the client does not come, or
 * cancels late. Every change is a new version with its event; a change the status does not allow is a 409.
 * Runs on the movable clock, so a session can start while the test waits for nothing.
 */
@Import(MovableClock.Configuration.class)
class AppointmentLifecycleTest extends BookingServiceTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    EventJson eventJson;
    @Autowired
    MovableClock clock;

    StaffApi desk;
    LocalDate today;

    @BeforeEach
    void signIn() {
        desk = new StaffApi(restClient(), StaffTokens.chainAdmin());
        today = LocalDate.ofInstant(clock.instant(), TestCalendar.VANCOUVER);
    }

    @Test
    void aSessionIsConfirmedCheckedInAndCompletedInThatOrderOnly() {
        String id = book("harbour-jonah", "harbour-sports-30", LocalDateTime.ofInstant(clock.instant(),
                TestCalendar.VANCOUVER).plusHours(3).withMinute(0).withSecond(0).withNano(0));

        assertProblem(post(id, "completion"), HttpStatus.CONFLICT, "illegal-transition");
        assertProblem(post(id, "no-show"), HttpStatus.CONFLICT, "not-started");
        Map<?, ?> confirmed = desk.expect(post(id, "confirmation"), HttpStatus.OK);
        assertThat(confirmed.get("confirmed")).isEqualTo(true);
        assertThat(desk.expect(post(id, "confirmation"), HttpStatus.OK).get("version"))
                .as("confirming again changes nothing").isEqualTo(confirmed.get("version"));
        assertThat(desk.expect(post(id, "check-in"), HttpStatus.OK).get("status")).isEqualTo("CHECKED_IN");
        assertProblem(post(id, "check-in"), HttpStatus.CONFLICT, "illegal-transition");
        assertProblem(desk.call(HttpMethod.POST, "/api/appointments/{id}/cancellation",
                Map.of("cancelledBy", "CLIENT"), id), HttpStatus.CONFLICT, "illegal-transition");

        Map<?, ?> completed = new StaffApi(restClient(), StaffTokens.therapist("harbour-jonah"))
                .expect(post(new StaffApi(restClient(), StaffTokens.therapist("harbour-jonah")), id, "completion"),
                        HttpStatus.OK);
        assertThat(completed.get("status")).isEqualTo("COMPLETED");
        assertThat(completed.get("version")).isEqualTo(5);
        AppointmentCompleted event = eventJson.read(awaitEvent(id, "appointment.completed.v1"), AppointmentCompleted.class);
        assertThat(event.treatmentPlanId()).isNull();
        assertThat(event.nextPlanSessionBooked()).isFalse();
        assertThat(event.therapistId()).isEqualTo("harbour-jonah");

        // "The same therapist as last time" now means Jonah for Ada.
        await().untilAsserted(() -> assertThat(desk.call(HttpMethod.GET, "/api/availability?clinicId=harbour-gastown"
                        + "&serviceId=harbour-swedish-60&from={d}&to={d}&sameTherapistAsLastTimeFor=harbour-client-ada",
                null, today.plusDays(7), today.plusDays(13)).expectStatus().isOk().returnResult(List.class)
                .getResponseBody()).isNotEmpty().allMatch(slot -> "harbour-jonah".equals(((Map<?, ?>) slot).get("therapistId"))));
    }

    @Test
    void aClientWhoDoesNotComeIsRecordedOnceTheSessionStarted() {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), TestCalendar.VANCOUVER).plusHours(1)
                .withSecond(0).withNano(0);
        String id = book("harbour-liam", "harbour-deep-tissue-60", start);
        String tomorrow = book("harbour-liam", "harbour-deep-tissue-60", start.plusDays(1));
        assertProblem(post(tomorrow, "check-in"), HttpStatus.CONFLICT, "not-checkable");

        clock.advance(Duration.ofHours(2));

        assertThat(desk.expect(post(id, "no-show"), HttpStatus.OK).get("status")).isEqualTo("NO_SHOW");
        assertProblem(post(id, "check-in"), HttpStatus.CONFLICT, "illegal-transition");
        AppointmentNoShow event = eventJson.read(awaitEvent(id, "appointment.no-show.v1"), AppointmentNoShow.class);
        assertThat(event.clinicZone()).isEqualTo(TestCalendar.VANCOUVER);
    }

    @Test
    void aClientCancellingInsideTheWindowCancelsLateAndTheClinicNever() {
        LocalDateTime soon = LocalDateTime.ofInstant(clock.instant(), TestCalendar.VANCOUVER).plusHours(5)
                .withSecond(0).withNano(0);
        String byClient = book("harbour-kenji", "harbour-shiatsu-60", soon.plusDays(3));
        String late = book("harbour-kenji", "harbour-swedish-60", soon);
        String byClinic = book("harbour-sofia", "harbour-swedish-60", soon);

        assertThat(cancellation(byClient, "CLIENT").get("late")).isEqualTo(false);
        assertThat(cancellation(late, "CLIENT").get("late")).isEqualTo(true);
        assertThat(cancellation(byClinic, "CLINIC").get("late")).isEqualTo(false);
    }

    @Test
    void completingAPlanSessionSaysWhetherTheNextOneIsBooked() {
        LocalDate first = today.plusDays(1);
        Map<?, ?> plan = desk.expect(desk.create("/api/treatment-plans", Map.of("clientId", "harbour-client-remy",
                "clinicId", "harbour-annex", "serviceId", "harbour-swedish-60", "therapistId", "harbour-sofia",
                "firstDate", first.toString(), "time", "18:00", "cadence", "BIWEEKLY", "sessions", 4)), HttpStatus.CREATED);
        List<?> sessions = (List<?>) plan.get("sessions");
        String firstSession = (String) ((Map<?, ?>) sessions.get(0)).get("appointmentId");
        assertThat(LocalDateTime.parse((String) ((Map<?, ?>) sessions.get(1)).get("start")))
                .isEqualTo(first.plusWeeks(2).atTime(18, 0));

        clock.advance(Duration.ofDays(1));
        desk.expect(post(firstSession, "check-in"), HttpStatus.OK);
        desk.expect(post(firstSession, "completion"), HttpStatus.OK);

        AppointmentCompleted event = eventJson.read(awaitEvent(firstSession, "appointment.completed.v1"),
                AppointmentCompleted.class);
        assertThat(event.treatmentPlanId()).isEqualTo(plan.get("id"));
        assertThat(event.nextPlanSessionBooked()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> progress = (Map<String, Object>) desk.expect(desk.call(HttpMethod.GET, "/api/treatment-plans/{id}", null,
                plan.get("id")), HttpStatus.OK).get("progress");
        assertThat(progress).containsEntry("done", 1).containsEntry("upcoming", 3);
    }

    private Map<?, ?> cancellation(String id, String by) {
        return (Map<?, ?>) desk.expect(desk.call(HttpMethod.POST, "/api/appointments/{id}/cancellation",
                Map.of("cancelledBy", by), id), HttpStatus.OK).get("cancellation");
    }

    private String awaitEvent(String appointmentId, String type) {
        try (TopicReader topic = TopicReader.of(bootstrapServers, Topics.APPOINTMENTS.name())) {
            return topic.awaitRecord(record -> appointmentId.equals(record.key())
                    && type.equals(TopicReader.header(record, CloudEventHeaders.TYPE))).value();
        }
    }

    private String book(String therapistId, String serviceId, LocalDateTime start) {
        String clinicId = therapistId.equals("harbour-kenji") || therapistId.equals("harbour-sofia")
                ? "harbour-annex" : "harbour-gastown";
        return (String) desk.expect(desk.create("/api/appointments", Map.of("clientId", "harbour-client-ada",
                "clinicId", clinicId, "serviceId", serviceId, "therapistId", therapistId,
                "start", start.toString())), HttpStatus.CREATED).get("id");
    }

    private RestTestClient.ResponseSpec post(String id, String action) {
        return post(desk, id, action);
    }

    private static RestTestClient.ResponseSpec post(StaffApi caller, String id, String action) {
        return caller.call(HttpMethod.POST, "/api/appointments/{id}/" + action, null, id);
    }
}
