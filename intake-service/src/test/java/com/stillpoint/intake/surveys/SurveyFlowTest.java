package com.stillpoint.intake.surveys;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.contracts.intake.EscalationRaised;
import com.stillpoint.contracts.intake.IntakeEventTypes;
import com.stillpoint.contracts.intake.SurveyRequested;
import com.stillpoint.intake.protection.HealthDataReads;
import com.stillpoint.intake.protection.ReadPurpose;
import com.stillpoint.intake.support.Bookings;
import com.stillpoint.intake.support.ClientBrowser;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.intake.support.Staff;
import com.stillpoint.intake.support.StaffApi;
import com.stillpoint.intake.support.Surveys;
import com.stillpoint.platform.contracts.EventContracts;
import com.stillpoint.platform.links.LinkTokens;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.stillpoint.intake.support.ClientBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Follow-up surveys: sent a day after a session, scored, escalated on thoughts of self-harm, trended per plan. */
class SurveyFlowTest extends IntakeServiceTest {

    @Autowired
    MongoOperations mongo;
    @Autowired
    LinkTokens linkTokens;
    @Autowired
    HealthDataReads reads;

    StaffApi api;

    @BeforeEach
    void setUp() {
        api = new StaffApi(base());
    }

    @Test
    void aLateCompletionIsFollowedUpAtOnceWithAWorkingLink() {
        AppointmentBooked booked = pastSession(Bookings.newClientId(), null, 20);
        publish(Bookings.completed(booked));

        SurveyRequested requested = awaitSurveyRequested(booked.appointmentId());

        assertThat(requested.sendAfter()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());
        assertThat(newClientBrowser().get(surveyLinkOf(requested)).statusCode()).isEqualTo(200);
    }

    @Test
    void aCompletedSessionGetsASurveyLinkSentADayLater() {
        AppointmentBooked booked = Bookings.booked(Bookings.newClientId(), Instant.now().minus(Duration.ofHours(1))
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        AppointmentCompleted completed = Bookings.completed(booked);
        publish(completed);

        SurveyRequested requested = awaitSurveyRequested(booked.appointmentId());

        assertThat(requested.sendAfter()).isEqualTo(completed.completedAt().plus(Duration.ofHours(24)));
        assertThat(requested.expiresAt()).isEqualTo(requested.sendAfter().plus(Duration.ofDays(7)));
        assertThat(requested.clientId()).isEqualTo(booked.clientId());
        assertThat(linkSealer.unseal(requested.sealedLink()).getPath()).isEqualTo("/survey/start");
        EventContracts.assertHasFixtureShape(requested, IntakeEventTypes.SURVEY_REQUESTED, eventJson);
        publish(completed);
        try (TopicReader events = intakeEvents()) {
            AppointmentBooked probe = pastSession(Bookings.newClientId(), null, 2);
            publish(Bookings.completed(probe));
            events.awaitRecord(ofType(IntakeEventTypes.SURVEY_REQUESTED.wireName(), probe.appointmentId()));
            assertThat(events.readNow(ofType(IntakeEventTypes.SURVEY_REQUESTED.wireName(), booked.appointmentId())))
                    .as("a redelivered completion asks once").hasSize(1);
        }
    }

    @Test
    void theClientAnswersAndTheScoresAreKeptSealed() {
        AppointmentBooked booked = pastSession(Bookings.newClientId(), null, 2);
        publish(Bookings.completed(booked));
        ClientBrowser client = newClientBrowser();
        client.openLink(surveyLinkOf(awaitSurveyRequested(booked.appointmentId())));

        HttpResponse<String> sent = Surveys.answer(client, Surveys.session(5, 6, 1),
                Surveys.items(Map.of("gad1", 2, "gad2", 2, "phq1", 1, "phq2", 2)));

        assertThat(ClientBrowser.locationOf(sent)).endsWith("/survey");
        assertThat(client.get("/survey").body()).contains("Thank you").doesNotContain("9-8-8</strong>");
        Document survey = mongo.findOne(new Query(where("appointmentId").is(booked.appointmentId())), Document.class,
                "surveys");
        assertThat(survey.get("submittedAt")).isNotNull();
        assertThat(survey.getString("sealedScores")).isNotBlank();
        assertThat(survey.toJson()).doesNotContain("totals").doesNotContain("PHQ4").doesNotContain("sessionRating");
        assertThat(client.get("/survey/steps/session").statusCode()).as("a sent survey stays sent").isEqualTo(302);
    }

    @Test
    void thoughtsOfSelfHarmRaiseAnEscalationAtOnceAndShowCrisisResources() {
        String planId = newPlan(List.of("PHQ9"));
        AppointmentBooked booked = pastSession(clientOfPlan, planId, 2);
        publish(Bookings.completed(booked));
        ClientBrowser client = newClientBrowser();
        client.openLink(surveyLinkOf(awaitSurveyRequested(booked.appointmentId())));
        client.submit("/survey/steps/session", Surveys.session(3, 8, 0));
        Map<String, Integer> items = new java.util.LinkedHashMap<>(Surveys.phq9Totalling(10));
        items.put("phq9", 1);

        HttpResponse<String> saved = client.submit("/survey/steps/feelings",
                ClientBrowser.merged(Surveys.items(items), form("action", "save")));

        assertThat(ClientBrowser.locationOf(saved)).endsWith("/survey?saved=true");
        HttpResponse<String> next = client.get("/survey?saved=true");
        assertThat(next.body()).contains("9-8-8").contains("tel:988").contains("911")
                .contains("Suicide Crisis Helpline");
        EscalationRaised escalation = awaitEscalation(booked);
        assertThat(escalation.clientId()).isEqualTo(booked.clientId());
        assertThat(escalation.clinicId()).isEqualTo(booked.clinicId());
        EventContracts.assertHasFixtureShape(escalation, IntakeEventTypes.ESCALATION_RAISED, eventJson);

        client.submit("/survey/steps/feelings", Surveys.items(items));
        assertThat(client.get("/survey").body()).contains("Thank you").contains("9-8-8");
        try (TopicReader events = intakeEvents()) {
            assertThat(events.awaitRecords(ofType(IntakeEventTypes.ESCALATION_RAISED.wireName(),
                    booked.appointmentId()), 1).stream().map(record -> eventJson.read(record.value(),
                    EscalationRaised.class).escalationId()).distinct()).as("one escalation per survey").hasSize(1);
        }
    }

    @Test
    void noEscalationWhenItemNineIsZero() {
        String planId = newPlan(List.of("PHQ9"));
        AppointmentBooked booked = pastSession(clientOfPlan, planId, 2);
        publish(Bookings.completed(booked));
        ClientBrowser client = newClientBrowser();
        client.openLink(surveyLinkOf(awaitSurveyRequested(booked.appointmentId())));

        Surveys.answer(client, Surveys.session(4, 3, 3), Surveys.items(Surveys.phq9Totalling(20)));

        assertThat(client.get("/survey").body()).doesNotContain("Suicide Crisis Helpline");
        AppointmentBooked probe = pastSession(clientOfPlan, planId, 1);
        publish(Bookings.completed(probe));
        awaitSurveyRequested(probe.appointmentId());
        try (TopicReader events = intakeEvents()) {
            assertThat(events.readNow(ofType(IntakeEventTypes.ESCALATION_RAISED.wireName(), booked.appointmentId())))
                    .isEmpty();
        }
    }

    @Test
    void aWorseningTrendIsFlaggedForThePlansTherapistOnly() {
        String planId = newPlan(List.of("PHQ9", "GAD7"));
        for (int[] session : new int[][] {{3, 6}, {2, 9}, {1, 12}}) {
            AppointmentBooked booked = pastSession(clientOfPlan, planId, session[0]);
            publish(Bookings.completed(booked));
            ClientBrowser client = newClientBrowser();
            client.openLink(surveyLinkOf(awaitSurveyRequested(booked.appointmentId())));
            Map<String, Integer> items = new java.util.LinkedHashMap<>(Surveys.phq9Totalling(session[1]));
            for (int gad = 1; gad <= 7; gad++) {
                items.put("gad" + gad, 1);
            }
            Surveys.answer(client, Surveys.session(4, 5, 2), Surveys.items(items));
        }

        HttpResponse<String> outcomes = api.get("/api/treatment-plans/" + planId + "/outcomes", Staff.MAYA);

        assertThat(outcomes.statusCode()).isEqualTo(200);
        assertThat(outcomes.body()).contains("\"worseningTrend\":true").contains("\"worsening\":[\"PHQ9\"]")
                .contains("\"phase\":\"BASELINE\"").contains("\"PHQ9\":{\"score\":12,\"band\":\"Moderate\"}")
                .contains("\"PHQ9\":{\"score\":6,\"band\":\"Mild\"}").contains("\"GAD7\":{\"score\":7,\"band\":\"Mild\"}");
        assertThat(api.get("/api/treatment-plans/" + planId + "/outcomes", Staff.JONAH).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/treatment-plans/" + planId + "/outcomes", Staff.CHAIN_ADMIN).statusCode())
                .isEqualTo(403);
        assertThat(TenantContext.callAs(Bookings.CHAIN, () -> reads.ofClient(clientOfPlan)))
                .filteredOn(read -> read.purpose() == ReadPurpose.OUTCOME_REVIEW).hasSize(3)
                .allSatisfy(read -> assertThat(read.readerId()).isEqualTo("therapist.maya"));
    }

    @Test
    void surveyLinksAreRefusedWhenReusedExpiredOrForAnotherPurpose() {
        AppointmentBooked booked = pastSession(Bookings.newClientId(), null, 2);
        publish(Bookings.completed(booked));
        SurveyRequested requested = awaitSurveyRequested(booked.appointmentId());
        URI link = surveyLinkOf(requested);
        newClientBrowser().openLink(link);

        HttpResponse<String> reused = newClientBrowser().get(link);
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("already used");
        String token = link.getRawQuery().substring("token=".length());
        assertThat(newClientBrowser().get("/intake/start?token=" + token).statusCode()).isEqualTo(404);
        String intakeToken = TenantContext.callAs(Bookings.CHAIN, () -> linkTokens.issue("intake",
                booked.appointmentId(), Instant.now().plus(Duration.ofDays(1)), true));
        assertThat(newClientBrowser().get("/survey/start?token=" + intakeToken).statusCode()).isEqualTo(404);

        String expiring = TenantContext.callAs(Bookings.CHAIN, () -> linkTokens.issue("survey",
                requested.surveyId(), Instant.now().plus(Duration.ofSeconds(1)), true));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> expired = newClientBrowser().get("/survey/start?token=" + expiring);
            assertThat(expired.statusCode()).isEqualTo(410);
            assertThat(expired.body()).contains("expired").contains("Survey links work for a week");
        });
        assertThat(newClientBrowser().get("/survey").statusCode()).isEqualTo(302);
    }

    String clientOfPlan;

    /** A treatment plan of a new client, treated by Maya, with these measures chosen by the chain. */
    private String newPlan(List<String> measures) {
        clientOfPlan = Bookings.newClientId();
        String planId = "plan-" + UUID.randomUUID();
        publish(Bookings.booked(clientOfPlan, Bookings.MAYA, "SWEDISH", Bookings.inDays(30), planId));
        String body = "{\"measures\":[" + String.join(",", measures.stream().map(m -> "\"" + m + "\"").toList())
                + "],\"plannedSessions\":6}";
        await().untilAsserted(() -> assertThat(api.put("/api/treatment-plans/" + planId + "/measures", body,
                Staff.CHAIN_ADMIN).statusCode()).isEqualTo(200));
        return planId;
    }

    private static AppointmentBooked pastSession(String clientId, String planId, int daysAgo) {
        return Bookings.booked(clientId, Bookings.MAYA, "SWEDISH", Bookings.inDays(-daysAgo), planId);
    }

    private EscalationRaised awaitEscalation(AppointmentBooked booked) {
        try (TopicReader events = intakeEvents()) {
            return eventJson.read(events.awaitRecord(ofType(IntakeEventTypes.ESCALATION_RAISED.wireName(),
                    booked.appointmentId())).value(), EscalationRaised.class);
        }
    }
}
