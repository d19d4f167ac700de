package com.stillpoint.booking.security;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operator injection ({@code {"$gt": ""}} where a value belongs) and mass assignment (a status, a chain, a role the
 * caller may not set) are refused with 400 problem+json on every kind of request, and change nothing.
 */
class InputHardeningTest extends BookingServiceTest {

    private static final Map<String, Object> INJECTION = Map.of("$gt", "");

    StaffApi admin;
    LocalDate day;

    @BeforeEach
    void signIn() {
        admin = new StaffApi(restClient(), StaffTokens.chainAdmin());
        day = TestCalendar.firstOnOrAfter(DayOfWeek.WEDNESDAY, 320);
    }

    @Test
    void operatorObjectsWhereValuesBelongAreRefused() {
        for (String field : List.of("clientId", "clinicId", "serviceId", "therapistId", "start")) {
            refused(HttpMethod.POST, "/api/appointments", with(booking(), field, INJECTION));
        }
        refused(HttpMethod.PUT, "/api/clients/harbour-client-ada", with(client(), "email", INJECTION));
        refused(HttpMethod.PUT, "/api/clients/harbour-client-ada", with(client(), "firstName", INJECTION));
        refused(HttpMethod.POST, "/api/treatment-plans", with(plan(), "clientId", INJECTION));
        refused(HttpMethod.POST, "/api/waitlist", with(waitlist(), "clinicIds", List.of(INJECTION)));
        refused(HttpMethod.PUT, "/api/therapists/harbour-maya", Map.of("name", INJECTION, "skills", List.of("SWEDISH")));
        admin.call(HttpMethod.GET, "/api/appointments/{id}", null, "{\"$gt\":\"\"}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        admin.call(HttpMethod.GET, "/api/availability?clinicId[$gt]=&serviceId=harbour-swedish-60&from={d}&to={d}",
                null, day, day).expectStatus().isBadRequest();

        assertNothingChanged();
    }

    @Test
    void fieldsTheCallerMayNotSetAreRefused() {
        for (Map.Entry<String, Object> field : Map.<String, Object>of("status", "COMPLETED", "chainId", "summit",
                "role", "CHAIN_ADMIN", "version", 7, "generation", 3).entrySet()) {
            refused(HttpMethod.POST, "/api/appointments", with(booking(), field.getKey(), field.getValue()));
            refused(HttpMethod.PUT, "/api/clients/harbour-client-ada", with(client(), field.getKey(), field.getValue()));
            refused(HttpMethod.POST, "/api/treatment-plans", with(plan(), field.getKey(), field.getValue()));
            refused(HttpMethod.POST, "/api/waitlist", with(waitlist(), field.getKey(), field.getValue()));
        }
        refused(HttpMethod.POST, "/api/appointments/{id}/cancellation", Map.of("cancelledBy", "CLINIC",
                "late", true), "no-such-appointment");
        refused(HttpMethod.PUT, "/api/chain", Map.of("name", "Harbour", "publicBooking", true, "id", "summit"));

        assertNothingChanged();
    }

    private void assertNothingChanged() {
        Map<?, ?> ada = admin.expect(admin.call(HttpMethod.GET, "/api/clients/harbour-client-ada", null), HttpStatus.OK);
        assertThat(ada.get("firstName")).isEqualTo("Ada");
        assertThat(ada.get("email")).isEqualTo("ada@example.test");
        List<?> slots = admin.call(HttpMethod.GET, "/api/availability?clinicId=harbour-kitsilano"
                        + "&serviceId=harbour-swedish-60&therapistId=harbour-maya&from={d}&to={d}", null, day, day)
                .expectStatus().isOk().returnResult(List.class).getResponseBody();
        assertThat(slots).as("no refused booking took Maya's morning")
                .anyMatch(slot -> ((Map<?, ?>) slot).get("start").equals(day.atTime(9, 0) + ":00"));
        assertThat(admin.expect(admin.call(HttpMethod.GET, "/api/therapists/harbour-maya", null), HttpStatus.OK)
                .get("name")).isEqualTo("Maya Chen");
    }

    private void refused(HttpMethod method, String path, Object body, Object... variables) {
        admin.call(method, path, body, variables).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private Map<String, Object> booking() {
        return Map.of("clientId", "harbour-client-ada", "clinicId", "harbour-kitsilano",
                "serviceId", "harbour-swedish-60", "therapistId", "harbour-maya", "start", day.atTime(9, 0).toString());
    }

    private Map<String, Object> plan() {
        return Map.of("clientId", "harbour-client-ada", "clinicId", "harbour-kitsilano",
                "serviceId", "harbour-swedish-60", "therapistId", "harbour-maya", "firstDate", day.toString(),
                "time", "09:00", "cadence", "WEEKLY", "sessions", 4);
    }

    private Map<String, Object> waitlist() {
        return Map.of("clientId", "harbour-client-ada", "clinicIds", List.of("harbour-kitsilano"),
                "serviceId", "harbour-swedish-60", "earliestDate", day.toString(), "latestDate", day.toString());
    }

    private static Map<String, Object> client() {
        return Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "hacker@example.test",
                "locale", "en-CA", "timeZone", "America/Vancouver", "allowedChannels", List.of("EMAIL"),
                "preferredChannel", "EMAIL");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
