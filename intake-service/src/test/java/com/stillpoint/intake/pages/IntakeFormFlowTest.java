package com.stillpoint.intake.pages;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.intake.support.Bookings;
import com.stillpoint.intake.support.ClientBrowser;
import com.stillpoint.intake.support.IntakeForms;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.intake.support.Staff;
import com.stillpoint.intake.support.StaffApi;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.stillpoint.contracts.intake.IntakeEventTypes.INTAKE_REQUESTED;
import static com.stillpoint.intake.support.ClientBrowser.form;
import static com.stillpoint.intake.support.ClientBrowser.locationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A client fills in intake and consent from their link; staff and booking learn only the status. */
class IntakeFormFlowTest extends IntakeServiceTest {

    @Autowired
    IntakeRequests requests;

    StaffApi api;

    @BeforeEach
    void setUp() {
        api = new StaffApi(base());
        publish(Bookings.kitsilano());
    }

    @Test
    void contraindicationsNeedTheTherapistsReviewUntilTheyAcknowledgeIt() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 3);
        publish(booked);
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(booked.appointmentId()));

        HttpResponse<String> submitted = IntakeForms.fillAll(client, IntakeForms.withContraindications());
        assertThat(locationOf(submitted)).endsWith("/intake/consent");
        assertThat(locationOf(IntakeForms.sign(client, "Ada Lovelace"))).endsWith("/intake");
        assertThat(client.get("/intake").body()).contains("You are all set");

        assertThat(statusesOf(booked.appointmentId(), IntakeReadiness.REVIEW_NEEDED))
                .containsExactly(IntakeReadiness.PENDING, IntakeReadiness.REVIEW_NEEDED);
        HttpResponse<String> reviewed = api.post("/api/intake-requests/" + booked.appointmentId() + "/review", null,
                Staff.MAYA);
        assertThat(reviewed.statusCode()).isEqualTo(200);
        assertThat(reviewed.body()).contains("\"readiness\":\"REVIEWED\"").contains("\"reviewedBy\":\"therapist.maya\"");
        assertThat(statusesOf(booked.appointmentId(), IntakeReadiness.REVIEWED))
                .containsExactly(IntakeReadiness.PENDING, IntakeReadiness.REVIEW_NEEDED, IntakeReadiness.REVIEWED);

        HttpResponse<String> again = api.post("/api/intake-requests/" + booked.appointmentId() + "/review", null,
                Staff.MAYA);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anIntakeWithoutContraindicationsIsReady() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 3);
        publish(booked);
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(booked.appointmentId()));

        IntakeForms.fillAll(client, IntakeForms.clean());
        IntakeForms.sign(client, "Ada Lovelace");

        assertThat(statusesOf(booked.appointmentId(), IntakeReadiness.READY))
                .containsExactly(IntakeReadiness.PENDING, IntakeReadiness.READY);
    }

    @Test
    void whatWasTypedIsKeptWhenTheClientLeavesHalfWay() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 3);
        publish(booked);
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(booked.appointmentId()));

        client.submit("/intake/steps/health", IntakeForms.clean().get("health"));
        HttpResponse<String> later = client.submit("/intake/steps/medications",
                form("medications", IntakeForms.MEDICATIONS, "action", "save"));
        assertThat(locationOf(later)).endsWith("/intake?saved=true");

        HttpResponse<String> overview = client.get("/intake");
        assertThat(overview.body()).contains("Continue where you left off").contains("/intake/steps/medications");
        HttpResponse<String> medications = client.get("/intake/steps/medications");
        assertThat(medications.body()).contains(IntakeForms.MEDICATIONS).contains("Step <span>2</span> of <span>7</span>");
        assertThat(client.get("/intake/steps/health").body())
                .contains("value=\"arthritis\" checked").contains(IntakeForms.HEALTH_DETAILS);
    }

    @Test
    void invalidAnswersAreRefusedAndShownAgainWithWhatWasTyped() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 3);
        publish(booked);
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(booked.appointmentId()));

        HttpResponse<String> missing = client.submit("/intake/steps/health",
                form("conditions-details", IntakeForms.HEALTH_DETAILS, "cancer-treatment", "no"));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("Please check your answers").contains("Please answer this question.")
                .contains(IntakeForms.HEALTH_DETAILS).contains("aria-invalid");

        HttpResponse<String> forged = client.submit("/intake/steps/comfort",
                form("pressure", "{\"$gt\": \"\"}", "areas-to-focus", "x".repeat(2001)));
        assertThat(forged.statusCode()).isEqualTo(422);
        assertThat(forged.body()).contains("Please choose one of the options.").contains("under 2000 characters");
        assertThat(client.get("/intake/steps/comfort").body()).doesNotContain("$gt").doesNotContain("xxxxxxxxxx");

        assertThat(client.get("/intake/steps/no-such-step").statusCode()).isEqualTo(404);
    }

    @Test
    void aClientWhoseIntakeAndConsentStillCountIsNotAskedAgain() {
        String clientId = Bookings.newClientId();
        AppointmentBooked first = Bookings.inDays(clientId, 2);
        publish(first);
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(first.appointmentId()));
        IntakeForms.fillAll(client, IntakeForms.clean());
        IntakeForms.sign(client, "Ada Lovelace");
        awaitStatus(first.appointmentId(), IntakeReadiness.READY);

        AppointmentBooked again = Bookings.inDays(clientId, 9);
        publish(again);
        awaitStatus(again.appointmentId(), IntakeReadiness.READY);

        AppointmentBooked newModality = Bookings.booked(clientId, Bookings.MAYA, "DEEP_TISSUE",
                Bookings.inDays(10), null);
        publish(newModality);
        awaitStatus(newModality.appointmentId(), IntakeReadiness.PENDING);
        assertThat(TenantContext.callAs(Bookings.CHAIN, () -> requests.get(newModality.appointmentId()).outstanding()))
                .containsExactly(com.stillpoint.intake.requests.Requirement.INTAKE_FORM);
        try (TopicReader events = intakeEvents()) {
            events.awaitRecord(ofType(INTAKE_REQUESTED.wireName(), newModality.appointmentId()));
            assertThat(events.readNow(ofType(INTAKE_REQUESTED.wireName(), again.appointmentId()))).isEmpty();
        }
    }

    @Test
    void oneIntakeSettlesEveryUpcomingSessionOfTheClientAndRetiresTheirLinks() {
        String clientId = Bookings.newClientId();
        AppointmentBooked first = Bookings.inDays(clientId, 2);
        AppointmentBooked second = Bookings.inDays(clientId, 9);
        publish(first);
        publish(second);
        URI secondLink = awaitIntakeLink(second.appointmentId());
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(first.appointmentId()));

        IntakeForms.fillAll(client, IntakeForms.clean());
        IntakeForms.sign(client, "Ada Lovelace");

        awaitStatus(second.appointmentId(), IntakeReadiness.READY);
        HttpResponse<String> retired = newClientBrowser().get(secondLink);
        assertThat(retired.statusCode()).isEqualTo(410);
    }

    @Test
    void aMovedAppointmentGetsALinkThatWorksUntilItsNewStart() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 3);
        publish(booked);
        URI firstLink = awaitIntakeLink(booked.appointmentId());

        Instant newStart = Bookings.inDays(7);
        publish(Bookings.rescheduled(booked, newStart, Bookings.JONAH));

        URI secondLink = awaitIntakeLink(booked.appointmentId(), 2);
        await().untilAsserted(() -> assertThat(newClientBrowser().get(firstLink).statusCode()).isEqualTo(410));
        newClientBrowser().openLink(secondLink);
        assertThat(TenantContext.callAs(Bookings.CHAIN, () -> requests.get(booked.appointmentId())))
                .satisfies(request -> {
                    assertThat(request.appointmentStartsAt()).isEqualTo(newStart);
                    assertThat(request.therapistId()).isEqualTo(Bookings.JONAH);
                });
    }

    @Test
    void theDeskCanSendANewLinkAndTheOldOneStopsWorking() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 3);
        publish(booked);
        URI firstLink = awaitIntakeLink(booked.appointmentId());

        HttpResponse<String> resent = api.post("/api/intake-requests/" + booked.appointmentId() + "/link", null,
                Staff.FRONT_DESK);

        assertThat(resent.statusCode()).isEqualTo(202);
        URI secondLink = awaitIntakeLink(booked.appointmentId(), 2);
        assertThat(newClientBrowser().get(firstLink).statusCode()).isEqualTo(410);
        assertThat(newClientBrowser().openLink(secondLink).statusCode()).isEqualTo(303);
    }

    @Test
    void onlyTheFormSessionsOwnRequestIsEverReached() {
        AppointmentBooked mine = Bookings.inDays(Bookings.newClientId(), 3);
        AppointmentBooked theirs = Bookings.inDays(Bookings.newClientId(), 3);
        publish(mine);
        publish(theirs);
        ClientBrowser other = newClientBrowser();
        other.openLink(awaitIntakeLink(theirs.appointmentId()));
        IntakeForms.fillAll(other, Map.of("health", IntakeForms.clean().get("health")));
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(mine.appointmentId()));

        String stepOfTheOther = "/intake/steps/health?appointmentId=" + theirs.appointmentId();
        assertThat(client.get(stepOfTheOther).body()).doesNotContain(IntakeForms.HEALTH_DETAILS);
        HttpResponse<String> written = client.submit("/intake/steps/comfort", ClientBrowser.merged(
                form("appointmentId", theirs.appointmentId(), "subjectId", theirs.appointmentId()),
                IntakeForms.clean().get("comfort")));
        assertThat(written.statusCode()).isEqualTo(303);
        assertThat(other.get("/intake/steps/comfort").body()).doesNotContain("Shoulders");
        assertThat(client.get("/intake/steps/comfort").body()).contains("Shoulders");
        assertThat(List.of(client.get("/survey").statusCode())).containsExactly(302);
    }
}
