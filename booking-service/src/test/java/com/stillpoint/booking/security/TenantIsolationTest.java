package com.stillpoint.booking.security;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.stillpoint.booking.StaffApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another chain's ids answer 404, for every resource type and every kind of call, exactly like ids that do not
 * exist; and nothing of the other chain changes. The chain comes from the token only.
 */
class TenantIsolationTest extends BookingServiceTest {

    StaffApi harbour;
    StaffApi summit;

    @BeforeEach
    void signIn() {
        harbour = new StaffApi(restClient(), StaffTokens.chainAdmin());
        summit = new StaffApi(restClient(), StaffTokens.otherChainAdmin());
    }

    @Test
    void everyResourceOfAnotherChainIsNotFound() {
        LocalDate monday = TestCalendar.firstOnOrAfter(DayOfWeek.MONDAY, 300);
        String appointment = id(harbour.create("/api/appointments", Map.of("clientId", "harbour-client-ada",
                "clinicId", "harbour-kitsilano", "serviceId", "harbour-swedish-60", "therapistId", "harbour-maya",
                "start", monday.atTime(9, 0).toString())), HttpStatus.CREATED);
        String plan = id(harbour.create("/api/treatment-plans", Map.of("clientId", "harbour-client-ada",
                "clinicId", "harbour-kitsilano", "serviceId", "harbour-swedish-60", "therapistId", "harbour-maya",
                "firstDate", monday.toString(), "time", "12:00", "cadence", "WEEKLY", "sessions", 4)), HttpStatus.CREATED);
        String entry = id(harbour.call(HttpMethod.POST, "/api/waitlist", Map.of("clientId", "harbour-client-ada",
                "clinicIds", List.of("harbour-kitsilano"), "serviceId", "harbour-swedish-60",
                "earliestDate", monday.toString(), "latestDate", monday.plusDays(6).toString())), HttpStatus.CREATED);

        Map<String, Object> clientBody = Map.of("firstName", "Eve", "lastName", "Intruder", "email", "eve@example.test",
                "locale", "en-CA", "timeZone", "America/Vancouver", "allowedChannels", List.of("EMAIL"),
                "preferredChannel", "EMAIL");
        Map<String, Object> clinicBody = Map.of("name", "Taken over", "timeZone", "America/Vancouver",
                "address", "Nowhere", "phone", "+16045550999", "rooms", List.of(Map.of("name", "Room", "type", "TABLE")),
                "openingHours", List.of(), "lateCancelWindow", "PT24H", "minimumNotice", "PT2H", "bookingHorizon", "P90D");
        Map<String, Object> serviceBody = Map.of("name", "Taken over", "modality", "SWEDISH", "duration", "PT60M",
                "bufferBefore", "PT5M", "bufferAfter", "PT10M", "roomType", "TABLE", "active", false);

        List<RestTestClient.ResponseSpec> calls = List.of(
                summit.call(HttpMethod.GET, "/api/appointments/{id}", null, appointment),
                summit.call(HttpMethod.POST, "/api/appointments/{id}/cancellation", Map.of("cancelledBy", "CLINIC"), appointment),
                summit.call(HttpMethod.POST, "/api/appointments/{id}/reschedule",
                        Map.of("start", monday.atTime(15, 0).toString()), appointment),
                summit.call(HttpMethod.POST, "/api/appointments/{id}/confirmation", null, appointment),
                summit.call(HttpMethod.POST, "/api/appointments/{id}/check-in", null, appointment),
                summit.call(HttpMethod.POST, "/api/appointments/{id}/completion", null, appointment),
                summit.call(HttpMethod.POST, "/api/appointments/{id}/no-show", null, appointment),
                summit.create("/api/appointments", Map.of("clientId", "harbour-client-ada", "clinicId", "harbour-kitsilano",
                        "serviceId", "harbour-swedish-60", "therapistId", "harbour-maya",
                        "start", monday.atTime(16, 0).toString())),
                summit.call(HttpMethod.GET, "/api/treatment-plans/{id}", null, plan),
                summit.call(HttpMethod.POST, "/api/treatment-plans/{id}/cancellation",
                        Map.of("from", monday.toString(), "cancelledBy", "CLINIC"), plan),
                summit.call(HttpMethod.GET, "/api/waitlist/{id}", null, entry),
                summit.call(HttpMethod.DELETE, "/api/waitlist/{id}", null, entry),
                summit.call(HttpMethod.GET, "/api/clients/{id}", null, "harbour-client-ada"),
                summit.call(HttpMethod.PUT, "/api/clients/{id}", clientBody, "harbour-client-ada"),
                summit.call(HttpMethod.DELETE, "/api/clients/{id}/follow-up", null, "harbour-client-ada"),
                summit.call(HttpMethod.GET, "/api/clinics/{id}", null, "harbour-kitsilano"),
                summit.call(HttpMethod.PUT, "/api/clinics/{id}", clinicBody, "harbour-kitsilano"),
                summit.call(HttpMethod.GET, "/api/therapists/{id}", null, "harbour-maya"),
                summit.call(HttpMethod.PUT, "/api/therapists/{id}", Map.of("name", "Taken over",
                        "skills", List.of("SWEDISH")), "harbour-maya"),
                summit.call(HttpMethod.DELETE, "/api/therapists/{id}", null, "harbour-maya"),
                summit.call(HttpMethod.PUT, "/api/therapists/{id}/shifts/{clinic}", List.of(), "harbour-maya",
                        "harbour-kitsilano"),
                summit.call(HttpMethod.POST, "/api/therapists/{id}/time-off", Map.of("firstDay", monday.toString(),
                        "lastDay", monday.toString()), "harbour-maya"),
                summit.call(HttpMethod.GET, "/api/services/{id}", null, "harbour-swedish-60"),
                summit.call(HttpMethod.PUT, "/api/services/{id}", serviceBody, "harbour-swedish-60"),
                summit.call(HttpMethod.GET, "/api/availability?clinicId=harbour-kitsilano&serviceId=harbour-swedish-60"
                        + "&from={from}&to={to}", null, monday, monday),
                summit.call(HttpMethod.GET, "/api/chain", null));
        calls.forEach(call -> assertProblem(call, HttpStatus.NOT_FOUND, "not-found"));

        Map<?, ?> untouched = harbour.expect(harbour.call(HttpMethod.GET, "/api/appointments/{id}", null, appointment),
                HttpStatus.OK);
        assertThat(untouched.get("status")).isEqualTo("BOOKED");
        assertThat(untouched.get("version")).isEqualTo(2);
        Map<?, ?> maya = harbour.expect(harbour.call(HttpMethod.GET, "/api/therapists/harbour-maya", null), HttpStatus.OK);
        assertThat(maya.get("name")).isEqualTo("Maya Chen");
        assertThat(maya.get("active")).isEqualTo(true);
        assertThat((List<?>) maya.get("timeOff")).isEmpty();
        assertThat(harbour.expect(harbour.call(HttpMethod.GET, "/api/clinics/harbour-kitsilano", null), HttpStatus.OK)
                .get("name")).isEqualTo("Stillpoint Kitsilano");
        assertThat(harbour.expect(harbour.call(HttpMethod.GET, "/api/clients/harbour-client-ada", null), HttpStatus.OK)
                .get("lastName")).isEqualTo("Lovelace");
        assertThat(harbour.expect(harbour.call(HttpMethod.GET, "/api/waitlist/{id}", null, entry), HttpStatus.OK)
                .get("status")).isEqualTo("WAITING");
        assertThat(summit.call(HttpMethod.GET, "/api/clinics", null).expectStatus().isOk()
                .returnResult(List.class).getResponseBody()).as("no clinic of another chain is listed").isEmpty();
    }

    @Test
    void theDeskOfOneClinicCannotReachAnotherClinicsAppointmentsEither() {
        LocalDate monday = TestCalendar.firstOnOrAfter(DayOfWeek.MONDAY, 307);
        String annex = id(harbour.create("/api/appointments", Map.of("clientId", "harbour-client-remy",
                "clinicId", "harbour-annex", "serviceId", "harbour-swedish-60", "therapistId", "harbour-sofia",
                "start", monday.atTime(10, 0).toString())), HttpStatus.CREATED);
        StaffApi vancouverDesk = new StaffApi(restClient(), StaffTokens.frontDesk());
        StaffApi kitsilanoAdmin = new StaffApi(restClient(), StaffTokens.clinicAdmin());

        assertProblem(vancouverDesk.call(HttpMethod.GET, "/api/appointments/{id}", null, annex), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(vancouverDesk.call(HttpMethod.POST, "/api/appointments/{id}/cancellation",
                Map.of("cancelledBy", "CLINIC"), annex), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(new StaffApi(restClient(), StaffTokens.therapist("harbour-maya"))
                .call(HttpMethod.POST, "/api/appointments/{id}/completion", null, annex), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(kitsilanoAdmin.call(HttpMethod.PUT, "/api/therapists/harbour-sofia/shifts/harbour-annex", List.of()),
                HttpStatus.NOT_FOUND, "not-found");
    }

    private String id(RestTestClient.ResponseSpec response, HttpStatus status) {
        return (String) harbour.expect(response, status).get("id");
    }
}
