package com.stillpoint.booking.figures;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.MovableClock;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The no-show rate the admin console shows, computed from real appointments: the no-shows among the sessions due
 * to happen in the days asked for, per clinic, for the clinics the caller may see. Runs on a clock of its own (a
 * Monday in October), so the day's sessions can start and be missed.
 */
@Import(NoShowFiguresTest.OwnClock.class)
class NoShowFiguresTest extends BookingServiceTest {

    @TestConfiguration
    static class OwnClock {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    @Autowired
    MovableClock clock;

    @Test
    void noShowsAreCountedAmongTheSessionsThatWereDueToHappen() {
        StaffApi admin = new StaffApi(restClient(), StaffTokens.chainAdmin());
        LocalDate monday = LocalDate.ofInstant(clock.instant(), TestCalendar.VANCOUVER);
        Map<String, List<Long>> before = noShowRates(admin, monday);
        String missed = book(admin, "harbour-kitsilano", "harbour-maya", monday.atTime(13, 0).toString());
        String attended = book(admin, "harbour-kitsilano", "harbour-maya", monday.atTime(15, 0).toString());
        String missedAtGastown = book(admin, "harbour-gastown", "harbour-jonah", monday.atTime(11, 0).toString());
        String cancelled = book(admin, "harbour-gastown", "harbour-jonah", monday.atTime(14, 0).toString());
        admin.expect(admin.call(HttpMethod.POST, "/api/appointments/{id}/cancellation", Map.of("cancelledBy", "CLIENT"),
                cancelled), HttpStatus.OK);

        clock.advance(Duration.ofMinutes(270));
        admin.expect(admin.call(HttpMethod.POST, "/api/appointments/{id}/no-show", null, missed), HttpStatus.OK);
        admin.expect(admin.call(HttpMethod.POST, "/api/appointments/{id}/check-in", null, attended), HttpStatus.OK);
        admin.expect(admin.call(HttpMethod.POST, "/api/appointments/{id}/completion", null, attended), HttpStatus.OK);
        admin.expect(admin.call(HttpMethod.POST, "/api/appointments/{id}/no-show", null, missedAtGastown),
                HttpStatus.OK);

        Map<String, List<Long>> after = noShowRates(admin, monday);
        assertThat(difference(before, after, "harbour-kitsilano")).containsExactly(1L, 2L);
        assertThat(difference(before, after, "harbour-gastown")).containsExactly(1L, 1L);
        assertThat(clinicNames(admin, monday)).containsEntry("harbour-kitsilano", "Stillpoint Kitsilano");

        StaffApi clinicAdmin = new StaffApi(restClient(), StaffTokens.clinicAdmin());
        assertThat(noShowRates(clinicAdmin, monday)).containsOnlyKeys("harbour-kitsilano");
        StaffApi otherChain = new StaffApi(restClient(), StaffTokens.otherChainAdmin());
        assertThat(noShowRates(otherChain, monday)).isEmpty();
    }

    @Test
    void aRangeBackwardsOrLongerThanAYearIsRefused() {
        StaffApi admin = new StaffApi(restClient(), StaffTokens.chainAdmin());

        StaffApi.assertProblem(admin.call(HttpMethod.GET, "/api/figures?from=2026-10-05&to=2026-10-04", null),
                HttpStatus.BAD_REQUEST, "invalid-request");
        StaffApi.assertProblem(admin.call(HttpMethod.GET, "/api/figures?from=2025-01-01&to=2026-10-04", null),
                HttpStatus.BAD_REQUEST, "invalid-request");
    }

    /** Per clinic, the no-shows and the sessions due to happen that day. */
    private static Map<String, List<Long>> noShowRates(StaffApi caller, LocalDate day) {
        Map<?, ?> report = caller.expect(caller.call(HttpMethod.GET, "/api/figures?from={d}&to={d}", null, day, day),
                HttpStatus.OK);
        Map<String, List<Long>> rates = new TreeMap<>();
        for (Object clinic : (List<?>) report.get("clinics")) {
            Map<?, ?> figures = (Map<?, ?>) ((Map<?, ?>) clinic).get("figures");
            Map<?, ?> share = (Map<?, ?>) figures.get("no-show-rate");
            rates.put((String) ((Map<?, ?>) clinic).get("clinicId"),
                    List.of(((Number) share.get("count")).longValue(), ((Number) share.get("of")).longValue()));
        }
        return rates;
    }

    private static Map<Object, Object> clinicNames(StaffApi caller, LocalDate day) {
        Map<?, ?> report = caller.expect(caller.call(HttpMethod.GET, "/api/figures?from={d}&to={d}", null, day, day),
                HttpStatus.OK);
        Map<Object, Object> names = new TreeMap<>();
        for (Object clinic : (List<?>) report.get("clinics")) {
            names.put(((Map<?, ?>) clinic).get("clinicId"), ((Map<?, ?>) clinic).get("clinicName"));
        }
        return names;
    }

    private static List<Long> difference(Map<String, List<Long>> before, Map<String, List<Long>> after, String clinic) {
        List<Long> was = before.getOrDefault(clinic, List.of(0L, 0L));
        List<Long> now = after.get(clinic);
        return List.of(now.get(0) - was.get(0), now.get(1) - was.get(1));
    }

    /** For Remy: a completed session would change who "the same therapist as last time" is for Ada elsewhere. */
    private static String book(StaffApi desk, String clinicId, String therapistId, String start) {
        return (String) desk.expect(desk.create("/api/appointments", Map.of("clientId", "harbour-client-remy",
                "clinicId", clinicId, "serviceId", "harbour-swedish-60", "therapistId", therapistId,
                "start", start)), HttpStatus.CREATED).get("id");
    }
}
