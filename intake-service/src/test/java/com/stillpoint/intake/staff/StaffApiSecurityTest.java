package com.stillpoint.intake.staff;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.intake.support.Bookings;
import com.stillpoint.intake.support.ClientBrowser;
import com.stillpoint.intake.support.IntakeForms;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.intake.support.Staff;
import com.stillpoint.intake.support.StaffApi;
import com.stillpoint.intake.support.Surveys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake's share of the security suite: the role matrix of every staff endpoint, another chain's ids answering
 * 404 for every resource type, clients confined to their own forms, and errors as problem+json.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffApiSecurityTest extends IntakeServiceTest {

    /** What a caller gets: let through (2xx, or 409 for a request the state forbids), refused, or kept unaware. */
    enum Outcome { ALLOWED, FORBIDDEN, NOT_FOUND, UNAUTHENTICATED }

    record Endpoint(String name, String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + name;
        }
    }

    StaffApi api;
    AppointmentBooked submitted;
    AppointmentBooked open;
    String planId;

    @BeforeAll
    void someIntakeAndAPlan() {
        api = new StaffApi(base());
        submitted = completeIntake(Bookings.inDays(Bookings.newClientId(), 3), IntakeForms.withContraindications());
        open = Bookings.inDays(Bookings.newClientId(), 4);
        publish(open);
        awaitIntakeLink(open.appointmentId());
        planId = "plan-" + UUID.randomUUID();
        AppointmentBooked session = Bookings.booked(submitted.clientId(), Bookings.MAYA, "SWEDISH",
                Bookings.inDays(-1), planId);
        publish(session);
        publish(Bookings.completed(session));
        ClientBrowser client = newClientBrowser();
        client.openLink(surveyLinkOf(awaitSurveyRequested(session.appointmentId())));
        Surveys.answer(client, Surveys.session(4, 4, 2), Surveys.items(Map.of("gad1", 1, "gad2", 1, "phq1", 0,
                "phq2", 1)));
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("intake status", "GET", "/api/intake-requests/" + submitted.appointmentId(), null),
                new Endpoint("new intake link", "POST", "/api/intake-requests/" + open.appointmentId() + "/link", null),
                new Endpoint("intake answers", "GET", "/api/intake-requests/" + submitted.appointmentId() + "/answers",
                        null),
                new Endpoint("intake review", "POST", "/api/intake-requests/" + submitted.appointmentId() + "/review",
                        null),
                new Endpoint("plan outcomes", "GET", "/api/treatment-plans/" + planId + "/outcomes", null),
                new Endpoint("plan measures", "PUT", "/api/treatment-plans/" + planId + "/measures",
                        "{\"measures\":[\"PHQ9\"],\"plannedSessions\":6}"),
                new Endpoint("consent document", "GET", "/api/consent-document", null),
                new Endpoint("consent version", "POST", "/api/consent-document/versions",
                        "{\"title\":\"Consent\",\"body\":\"Wording " + UUID.randomUUID() + "\",\"material\":false}"),
                new Endpoint("health data reads", "GET", "/api/clients/" + submitted.clientId() + "/health-data-reads",
                        null));
    }

    /** Rows: endpoint; columns: CHAIN_ADMIN, CLINIC_ADMIN, FRONT_DESK, OTHER_CLINIC_DESK, MAYA, JONAH. */
    static final Map<String, String> MATRIX = Map.of(
            "intake status", "A A A N A N",
            "new intake link", "A A A N F F",
            "intake answers", "F F F F A N",
            "intake review", "F F F F A N",
            "plan outcomes", "F F F F A N",
            "plan measures", "A F F F A N",
            "consent document", "A A A A A A",
            "consent version", "A F F F F F",
            "health data reads", "A F F F F F");
    static final List<Staff> COLUMNS = List.of(Staff.CHAIN_ADMIN, Staff.CLINIC_ADMIN, Staff.FRONT_DESK,
            Staff.OTHER_CLINIC_DESK, Staff.MAYA, Staff.JONAH);

    Stream<Object[]> roleMatrix() {
        List<Object[]> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String[] row = MATRIX.get(endpoint.name()).split(" ");
            for (int column = 0; column < COLUMNS.size(); column++) {
                cells.add(new Object[] {endpoint, COLUMNS.get(column), outcomeOf(row[column])});
            }
            cells.add(new Object[] {endpoint, null, Outcome.UNAUTHENTICATED});
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("roleMatrix")
    void everyEndpointAnswersEachRoleAsTheMatrixSays(Endpoint endpoint, Staff staff, Outcome expected) {
        HttpResponse<String> response = api.call(endpoint.method(), endpoint.path(), endpoint.body(), staff);

        assertThat(outcomeOf(response)).as(response.statusCode() + " " + response.body()).isEqualTo(expected);
        if (expected != Outcome.ALLOWED) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    Stream<Endpoint> chainScopedEndpoints() {
        return endpoints().stream().filter(endpoint -> !endpoint.name().startsWith("consent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chainScopedEndpoints")
    void anotherChainsIdsAnswerNotFoundForEveryResource(Endpoint endpoint) {
        Staff caller = endpoint.name().equals("intake answers") || endpoint.name().equals("intake review")
                || endpoint.name().equals("plan outcomes") ? Staff.OTHER_CHAIN_THERAPIST : Staff.OTHER_CHAIN_ADMIN;

        HttpResponse<String> response = api.call(endpoint.method(), endpoint.path(), endpoint.body(), caller);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain(IntakeForms.MEDICATIONS);
    }

    @Test
    void anythingNotListedIsDenied() {
        assertThat(api.call("DELETE", "/api/intake-requests/" + submitted.appointmentId(), null, Staff.CHAIN_ADMIN)
                .statusCode()).isEqualTo(403);
        assertThat(api.get("/api/intake-records/" + submitted.appointmentId(), Staff.MAYA).statusCode())
                .isEqualTo(403);
        assertThat(api.call("GET", "/api/intake-requests/" + submitted.appointmentId(), null, "not-a-token").statusCode())
                .isEqualTo(401);
    }

    @Test
    void badInputChangesNothing() {
        String path = "/api/treatment-plans/" + planId + "/measures";
        assertThat(api.put(path, "{\"measures\":[\"GAD7\"],\"plannedSessions\":8}", Staff.CHAIN_ADMIN).statusCode())
                .isEqualTo(200);

        assertThat(api.put(path, "{\"measures\":[\"PHQ4\"]}", Staff.CHAIN_ADMIN).statusCode()).isEqualTo(400);
        assertThat(api.put(path, "{\"measures\":[\"PHQ9\"],\"plannedSessions\":0}", Staff.CHAIN_ADMIN).statusCode())
                .isEqualTo(400);
        assertThat(api.put(path, "{\"measures\":[\"PHQ9\"],\"clientId\":\"someone-else\"}", Staff.CHAIN_ADMIN)
                .statusCode()).isEqualTo(400);
        assertThat(api.put(path, "{\"measures\":{\"$gt\":\"\"}}", Staff.CHAIN_ADMIN).statusCode()).isEqualTo(400);

        HttpResponse<String> unchanged = api.put(path, "{\"measures\":[\"GAD7\"],\"plannedSessions\":8}",
                Staff.CHAIN_ADMIN);
        assertThat(unchanged.body()).contains("\"measures\":[\"GAD7\"]").contains("\"plannedSessions\":8")
                .contains("\"planId\":\"" + planId + "\"");
    }

    @Test
    void aClientCannotReachAnotherClientsFormEvenWithTheirId() {
        AppointmentBooked mine = Bookings.inDays(Bookings.newClientId(), 3);
        publish(mine);
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(mine.appointmentId()));
        assertThat(client.get("/intake").statusCode()).isEqualTo(200);

        client.forgeLinkSessionSubject("intake", submitted.appointmentId());

        HttpResponse<String> forged = client.get("/intake/steps/medications");
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(ClientBrowser.locationOf(forged)).endsWith("/intake/start");
        assertThat(forged.body()).doesNotContain(IntakeForms.MEDICATIONS);
    }

    @Test
    void aSurveySessionOpensNoIntakePagesAndTheOtherWayRound() {
        ClientBrowser client = newClientBrowser();
        AppointmentBooked session = Bookings.booked(Bookings.newClientId(), Bookings.inDays(-1));
        publish(Bookings.completed(session));
        client.openLink(surveyLinkOf(awaitSurveyRequested(session.appointmentId())));

        await().untilAsserted(() -> assertThat(client.get("/survey").statusCode()).isEqualTo(200));
        assertThat(client.get("/intake").statusCode()).isEqualTo(302);
        assertThat(client.get("/intake/steps/health").statusCode()).isEqualTo(302);
    }

    private static Outcome outcomeOf(String cell) {
        return switch (cell) {
            case "A" -> Outcome.ALLOWED;
            case "F" -> Outcome.FORBIDDEN;
            default -> Outcome.NOT_FOUND;
        };
    }

    private static Outcome outcomeOf(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401) {
            return Outcome.UNAUTHENTICATED;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        if (status / 100 == 2 || status == 409) {
            return Outcome.ALLOWED;
        }
        throw new AssertionError("unexpected status " + status + ": " + response.body());
    }
}
