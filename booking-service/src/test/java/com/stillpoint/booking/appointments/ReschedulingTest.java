package com.stillpoint.booking.appointments;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.AppointmentRescheduled;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.messaging.CloudEventHeaders;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static com.stillpoint.booking.StaffApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reschedule never double-books and never loses the old time: the old slot is kept when the new one is taken,
 * freed when the move commits, and while a move is pending both are held, until the move commits or the recovery
 * clears it.
 */
class ReschedulingTest extends BookingServiceTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    EventJson eventJson;
    @Autowired
    LinkSealer linkSealer;
    @Autowired
    Appointments appointments;
    @Autowired
    PlacementPlanner planner;
    @Autowired
    PlacementClaims placementClaims;
    @Autowired
    AppointmentRescheduling rescheduling;

    StaffApi desk;

    @BeforeEach
    void signIn() {
        desk = new StaffApi(restClient(), StaffTokens.frontDesk());
    }

    @Test
    void whenTheNewTimeIsTakenTheAppointmentKeepsItsOldSlot() {
        LocalDate day = TestCalendar.daysAhead(60);
        String moving = book("harbour-jonah", day.atTime(10, 0));
        book("harbour-jonah", day.atTime(14, 0));

        assertProblem(reschedule(moving, day.atTime(14, 30)), HttpStatus.CONFLICT, "slot-taken");

        Map<?, ?> unchanged = get(moving);
        assertThat(unchanged.get("status")).isEqualTo("BOOKED");
        assertThat(startOf(unchanged)).isEqualTo(day.atTime(10, 0));
        assertThat(unchanged.get("version")).as("the pending move and its release are internal").isEqualTo(4);
        assertProblem(post("harbour-jonah", day.atTime(10, 0)), HttpStatus.CONFLICT, "slot-taken");
    }

    @Test
    void aCommittedMoveFreesTheOldSlotAndAnnouncesTheNewTimeWithANewLink() {
        LocalDate day = TestCalendar.daysAhead(61);
        String moving = book("harbour-liam", day.atTime(10, 0));

        Map<?, ?> moved = desk.expect(reschedule(moving, day.atTime(12, 0)), HttpStatus.OK);

        assertThat(startOf(moved)).isEqualTo(day.atTime(12, 0));
        assertThat(moved.get("status")).isEqualTo("BOOKED");
        book("harbour-liam", day.atTime(10, 0));
        assertProblem(post("harbour-liam", day.atTime(12, 30)), HttpStatus.CONFLICT, "slot-taken");

        AppointmentRescheduled event;
        try (TopicReader topic = TopicReader.of(bootstrapServers, Topics.APPOINTMENTS.name())) {
            ConsumerRecord<String, String> record = topic.awaitRecord(candidate -> moving.equals(candidate.key())
                    && "appointment.rescheduled.v1".equals(TopicReader.header(candidate, CloudEventHeaders.TYPE)));
            event = eventJson.read(record.value(), AppointmentRescheduled.class);
        }
        assertThat(event.appointmentVersion()).isEqualTo(((Number) moved.get("version")).longValue());
        assertThat(event.previousStartsAt()).isEqualTo(day.atTime(10, 0).atZone(TestCalendar.VANCOUVER).toInstant());
        assertThat(event.startsAt()).isEqualTo(day.atTime(12, 0).atZone(TestCalendar.VANCOUVER).toInstant());
        assertThat(linkSealer.unseal(event.sealedManageLink()).toString()).contains("/manage/start?token=");
    }

    @Test
    void whileAMoveIsPendingBothSlotsAreHeldUntilTheRecoveryClearsIt() {
        LocalDate day = TestCalendar.daysAhead(62);
        String moving = book("harbour-sofia", day.atTime(10, 0));

        // A reschedule that stops half-way, as a crash would leave it: marked pending, new time claimed, no commit.
        TenantContext.runAs("harbour", () -> {
            Appointment appointment = appointments.get(moving);
            PlannedPlacement target = planner.plan("harbour-kitsilano", "harbour-swedish-60", "harbour-sofia", null,
                    day.atTime(15, 0));
            appointment.beginMove(target.placement(), java.time.Clock.systemUTC());
            appointments.save(appointment);
            placementClaims.claim(appointment.moveClaim().orElseThrow(), "harbour-sofia", target.rooms());
        });

        assertProblem(post("harbour-sofia", day.atTime(15, 0)), HttpStatus.CONFLICT, "slot-taken");
        assertProblem(post("harbour-sofia", day.atTime(10, 0)), HttpStatus.CONFLICT, "slot-taken");
        assertThat(TenantContext.callAs("harbour", () -> appointments.movesPendingSince(Instant.now().plusSeconds(1))))
                .anyMatch(stalled -> stalled.id().equals(moving));

        TenantContext.runAs("harbour", () -> rescheduling.abandonStalledMove(moving));

        book("harbour-sofia", day.atTime(15, 0));
        assertProblem(post("harbour-sofia", day.atTime(10, 0)), HttpStatus.CONFLICT, "slot-taken");
        assertThat(startOf(get(moving))).isEqualTo(day.atTime(10, 0));
    }

    private static LocalDateTime startOf(Map<?, ?> appointment) {
        return LocalDateTime.parse((String) appointment.get("start"));
    }

    private String book(String therapistId, LocalDateTime start) {
        return (String) desk.expect(post(therapistId, start), HttpStatus.CREATED).get("id");
    }

    private RestTestClient.ResponseSpec post(String therapistId, LocalDateTime start) {
        return desk.create("/api/appointments", Map.of("clientId", "harbour-client-ada",
                "clinicId", "harbour-kitsilano", "serviceId", therapistId.equals("harbour-liam")
                        ? "harbour-deep-tissue-60" : "harbour-swedish-60",
                "therapistId", therapistId, "start", start.toString()));
    }

    private RestTestClient.ResponseSpec reschedule(String appointmentId, LocalDateTime start) {
        return desk.call(HttpMethod.POST, "/api/appointments/{id}/reschedule", Map.of("start", start.toString()),
                appointmentId);
    }

    private Map<?, ?> get(String appointmentId) {
        return desk.expect(desk.call(HttpMethod.GET, "/api/appointments/{id}", null, appointmentId), HttpStatus.OK);
    }
}
