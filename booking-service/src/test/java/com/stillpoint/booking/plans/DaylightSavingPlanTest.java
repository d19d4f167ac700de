package com.stillpoint.booking.plans;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.MovableClock;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekly plan keeps its wall-clock time across a DST change: 10:00 in Vancouver stays 10:00 when the clocks fall
 * back on 2026-11-01 and when they spring forward on 2027-03-14, so the UTC instant moves by an hour. Availability
 * on the change days themselves is on the wall clock too.
 *
 * <p>The service's clock starts on 2026-10-05 here ({@link MovableClock}), so both changes are ahead of it whenever
 * the test runs.
 */
@Import(MovableClock.Configuration.class)
class DaylightSavingPlanTest extends BookingServiceTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);

    /** A therapist of this test's own, so no other test's bookings meet its fixed dates. */
    private static String therapistId;

    StaffApi desk;

    @BeforeEach
    void hireTherapist() {
        desk = new StaffApi(restClient(), StaffTokens.chainAdmin());
        if (therapistId == null) {
            therapistId = (String) desk.expect(desk.call(HttpMethod.POST, "/api/therapists", Map.of(
                    "name", "Dana Seasons", "skills", List.of("SWEDISH", "THAI"))), HttpStatus.CREATED).get("id");
            desk.expect(desk.call(HttpMethod.PUT, "/api/therapists/{id}/shifts/harbour-kitsilano", List.of(
                    Map.of("day", "SUNDAY", "from", "10:00", "until", "16:00"),
                    Map.of("day", "MONDAY", "from", "09:00", "until", "17:00")), therapistId), HttpStatus.OK);
        }
    }

    @Test
    void aWeeklyPlanAcrossTheFallBackKeepsTenOClock() {
        List<Map<?, ?>> sessions = bookWeeklyPlan(LocalDate.of(2026, 10, 19));

        assertThat(sessions).extracting(session -> LocalDateTime.parse((String) session.get("start")).toLocalTime())
                .containsOnly(TEN);
        assertThat(sessions).extracting(session -> Instant.parse((String) session.get("startsAt"))).containsExactly(
                Instant.parse("2026-10-19T17:00:00Z"), Instant.parse("2026-10-26T17:00:00Z"),
                Instant.parse("2026-11-02T18:00:00Z"), Instant.parse("2026-11-09T18:00:00Z"));
    }

    @Test
    void aWeeklyPlanAcrossTheSpringForwardKeepsTenOClock() {
        List<Map<?, ?>> sessions = bookWeeklyPlan(LocalDate.of(2027, 3, 1));

        assertThat(sessions).extracting(session -> LocalDateTime.parse((String) session.get("start")).toLocalTime())
                .containsOnly(TEN);
        assertThat(sessions).extracting(session -> Instant.parse((String) session.get("startsAt"))).containsExactly(
                Instant.parse("2027-03-01T18:00:00Z"), Instant.parse("2027-03-08T18:00:00Z"),
                Instant.parse("2027-03-15T17:00:00Z"), Instant.parse("2027-03-22T17:00:00Z"));
    }

    @Test
    void onTheChangeDaysTheFirstSlotIsTenOClockOnTheClinicsClock() {
        // Sundays: the therapist works at Kitsilano 10:00-16:00, the clinic opens 10:00-16:00.
        assertThat(firstSlot(LocalDate.of(2026, 11, 1))).containsEntry("start", "2026-11-01T10:00:00")
                .containsEntry("startsAt", "2026-11-01T18:00:00Z").containsEntry("zone", "America/Vancouver");
        assertThat(firstSlot(LocalDate.of(2027, 3, 14))).containsEntry("start", "2027-03-14T10:00:00")
                .containsEntry("startsAt", "2027-03-14T17:00:00Z");
    }

    private List<Map<?, ?>> bookWeeklyPlan(LocalDate first) {
        Map<?, ?> plan = desk.expect(desk.create("/api/treatment-plans", Map.of("clientId", "harbour-client-ada",
                "clinicId", "harbour-kitsilano", "serviceId", "harbour-swedish-60", "therapistId", therapistId,
                "firstDate", first.toString(), "time", TEN.toString(), "cadence", "WEEKLY", "sessions", 4)),
                HttpStatus.CREATED);
        assertThat(plan.get("status")).isEqualTo("BOOKED");
        assertThat(plan.get("zone")).isEqualTo(TestCalendar.VANCOUVER.getId());
        return ((List<?>) plan.get("sessions")).stream()
                .map(session -> desk.expect(desk.call(HttpMethod.GET, "/api/appointments/{id}", null,
                        ((Map<?, ?>) session).get("appointmentId")), HttpStatus.OK))
                .<Map<?, ?>>map(appointment -> appointment)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> firstSlot(LocalDate day) {
        List<?> slots = desk.call(HttpMethod.GET, "/api/availability?clinicId=harbour-kitsilano"
                        + "&serviceId=harbour-thai-90&therapistId={therapist}&from={day}&to={day}", null, therapistId, day, day)
                .expectStatus().isOk().returnResult(List.class).getResponseBody();
        assertThat(slots).isNotEmpty();
        return (Map<String, Object>) slots.get(0);
    }
}
