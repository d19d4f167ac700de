package com.stillpoint.booking.availability;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import com.stillpoint.booking.calendar.DailyHours;
import com.stillpoint.booking.therapists.ShiftOverride;
import com.stillpoint.booking.therapists.Therapist;
import com.stillpoint.booking.therapists.Therapists;
import com.stillpoint.platform.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static com.stillpoint.booking.StaffApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A therapist moving between clinics needs the chain's travel time between their sessions (Kitsilano and Gastown:
 * 20 minutes), and the booking-time claim enforces the same rule the search applies. At the same clinic, only the
 * service's buffers apply.
 */
class TravelBufferTest extends BookingServiceTest {

    private static final String KITSILANO = "harbour-kitsilano";
    private static final String GASTOWN = "harbour-gastown";

    @Autowired
    Therapists therapists;

    StaffApi desk;

    @BeforeEach
    void signIn() {
        desk = new StaffApi(restClient(), StaffTokens.chainAdmin());
    }

    @Test
    void aSessionAtAnotherClinicKeepsTheTravelTimeInTheSearchAndInTheClaim() {
        // A Thursday on which Maya works at Gastown in the morning and at Kitsilano from late morning.
        LocalDate day = TestCalendar.firstOnOrAfter(DayOfWeek.THURSDAY, 53);
        TenantContext.runAs("harbour", () -> {
            Therapist maya = therapists.get("harbour-maya");
            maya.overrideDay(new ShiftOverride(day, GASTOWN, List.of(new DailyHours(LocalTime.of(9, 0), LocalTime.of(13, 0)))));
            maya.overrideDay(new ShiftOverride(day, KITSILANO, List.of(new DailyHours(LocalTime.of(11, 0), LocalTime.of(17, 0)))));
            therapists.save(maya);
        });
        book(GASTOWN, day.atTime(10, 0), HttpStatus.CREATED);
        // Gastown 10:00-11:00, then 10 minutes to clean up: blocked until 11:10. Travel to Kitsilano: 20 minutes.
        // A Kitsilano session's 5-minute setup may start at 11:30 at the earliest: 11:35 is the first start.

        assertThat(startsAt(GASTOWN, day)).as("no travel within the same clinic").contains(LocalTime.of(11, 15));
        assertThat(startsAt(KITSILANO, day)).doesNotContain(LocalTime.of(11, 15), LocalTime.of(11, 30))
                .contains(LocalTime.of(11, 45));

        assertProblem(post(KITSILANO, day.atTime(11, 30)), HttpStatus.CONFLICT, "slot-taken");
        book(KITSILANO, day.atTime(11, 35), HttpStatus.CREATED);
        // Kitsilano until 12:35 + 10 minutes: a Gastown session may set up from 13:05, so start at 13:10.
        assertProblem(post(GASTOWN, day.atTime(13, 5)), HttpStatus.CONFLICT, "slot-taken");
        book(GASTOWN, day.atTime(13, 10), HttpStatus.CREATED);
    }

    @Test
    void theTravelTimeHoldsAcrossMidnightUtcWhereTheClaimsLiveOnDifferentDays() {
        LocalDate day = TestCalendar.firstOnOrAfter(DayOfWeek.TUESDAY, 55);
        // Midnight UTC is late afternoon in Vancouver: claims before it and after it are stored on different days.
        LocalDateTime utcMidnightHere = ZonedDateTime.of(day.plusDays(1).atStartOfDay(), ZoneOffset.UTC)
                .withZoneSameInstant(TestCalendar.VANCOUVER).toLocalDateTime();
        assertThat(utcMidnightHere.toLocalDate()).isEqualTo(day);
        // Kitsilano, blocked until 5 minutes before midnight UTC; Gastown, blocked from midnight UTC on.
        book(KITSILANO, utcMidnightHere.minusMinutes(75), HttpStatus.CREATED);

        assertProblem(post(GASTOWN, utcMidnightHere.plusMinutes(5)), HttpStatus.CONFLICT, "slot-taken");
        book(GASTOWN, utcMidnightHere.plusMinutes(20), HttpStatus.CREATED);
    }

    private List<LocalTime> startsAt(String clinicId, LocalDate day) {
        List<?> slots = desk.call(org.springframework.http.HttpMethod.GET,
                        "/api/availability?clinicId={clinic}&serviceId=harbour-swedish-60&therapistId=harbour-maya"
                                + "&from={day}&to={day}", null, clinicId, day, day)
                .expectStatus().isOk().returnResult(List.class).getResponseBody();
        return slots.stream().map(slot -> LocalDateTime.parse((String) ((Map<?, ?>) slot).get("start")).toLocalTime())
                .toList();
    }

    private void book(String clinicId, LocalDateTime start, HttpStatus expected) {
        desk.expect(post(clinicId, start), expected);
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec post(String clinicId,
                                                                                         LocalDateTime start) {
        return desk.create("/api/appointments", Map.of("clientId", "harbour-client-ada", "clinicId", clinicId,
                "serviceId", "harbour-swedish-60", "therapistId", "harbour-maya", "start", start.toString()));
    }
}
