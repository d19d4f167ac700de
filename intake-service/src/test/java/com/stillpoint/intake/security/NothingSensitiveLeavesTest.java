package com.stillpoint.intake.security;

import com.stillpoint.contracts.EventCatalog;
import com.stillpoint.contracts.EventType;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.intake.IntakeEventTypes;
import com.stillpoint.intake.support.Bookings;
import com.stillpoint.intake.support.ClientBrowser;
import com.stillpoint.intake.support.IntakeForms;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.intake.support.Staff;
import com.stillpoint.intake.support.StaffApi;
import com.stillpoint.intake.support.Surveys;
import com.stillpoint.platform.contracts.EventContracts;
import com.stillpoint.platform.crypto.Sha256;
import com.stillpoint.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * After a client's whole journey (a flagged intake, consent, a survey with thoughts of self-harm) and the
 * therapist's reads: no published event carries an answer, a score or a reason; no database holds a usable link
 * token; no log line holds health data or a token.
 */
@ExtendWith(OutputCaptureExtension.class)
class NothingSensitiveLeavesTest extends IntakeServiceTest {

    @Autowired
    MongoOperations mongo;

    @Test
    void noEventLogOrStoredLinkGivesAnythingAway(CapturedOutput output) {
        List<String> tokens = new ArrayList<>();
        String planId = "plan-" + UUID.randomUUID();
        String clientId = Bookings.newClientId();
        AppointmentBooked booked = Bookings.booked(clientId, Bookings.MAYA, "SWEDISH", Bookings.inDays(3), planId);
        publish(booked);
        URI intakeLink = awaitIntakeLink(booked.appointmentId());
        tokens.add(tokenOf(intakeLink));
        ClientBrowser client = newClientBrowser();
        client.openLink(intakeLink);
        IntakeForms.fillAll(client, IntakeForms.withContraindications());
        IntakeForms.sign(client, "Ada Lovelace");
        StaffApi api = new StaffApi(base());
        assertThat(api.get("/api/intake-requests/" + booked.appointmentId() + "/answers", Staff.MAYA).body())
                .contains(IntakeForms.MEDICATIONS);
        await().untilAsserted(() -> assertThat(api.put("/api/treatment-plans/" + planId + "/measures",
                "{\"measures\":[\"PHQ9\"]}", Staff.MAYA).statusCode()).isEqualTo(200));
        AppointmentBooked session = Bookings.booked(clientId, Bookings.MAYA, "SWEDISH", Bookings.inDays(-1), planId);
        publish(Bookings.completed(session));
        URI surveyLink = surveyLinkOf(awaitSurveyRequested(session.appointmentId()));
        tokens.add(tokenOf(surveyLink));
        ClientBrowser surveyClient = newClientBrowser();
        surveyClient.openLink(surveyLink);
        Map<String, Integer> items = new LinkedHashMap<>(Surveys.phq9Totalling(17));
        items.put("phq9", 2);
        Surveys.answer(surveyClient, Surveys.session(2, 9, 0), Surveys.items(items));
        assertThat(api.get("/api/treatment-plans/" + planId + "/outcomes", Staff.MAYA).body())
                .contains("Moderately severe");

        List<ConsumerRecord<String, String>> published = everythingPublishedAbout(clientId);
        assertThat(published).extracting(record -> TopicReader.header(record, "ce_type")).contains(
                IntakeEventTypes.INTAKE_REQUESTED.wireName(), IntakeEventTypes.INTAKE_STATUS_CHANGED.wireName(),
                IntakeEventTypes.SURVEY_REQUESTED.wireName(), IntakeEventTypes.ESCALATION_RAISED.wireName());
        for (ConsumerRecord<String, String> record : published) {
            EventType type = EventCatalog.byWireName(TopicReader.header(record, "ce_type")).orElseThrow();
            EventContracts.assertHasFixtureShape(eventJson.read(record.value(), type.javaType()), type, eventJson);
            assertThat(record.value()).as("payload of " + type.wireName())
                    .doesNotContain(forbiddenInEvents().toArray(String[]::new));
            tokens.forEach(token -> assertThat(record.value()).doesNotContain(token));
        }

        String stored = everythingStored();
        tokens.forEach(token -> {
            assertThat(stored).as("a raw link token in the database").doesNotContain(token);
            assertThat(mongo.exists(new Query(where("_id").is(Sha256.hex(token))), "link_tokens"))
                    .as("the token's hash is what is stored").isTrue();
        });

        String logs = output.getAll();
        IntakeForms.SENSITIVE.forEach(text -> assertThat(logs).as("logs").doesNotContain(text));
        tokens.forEach(token -> assertThat(logs).as("logs").doesNotContain(token));
    }

    /** Answers, scores, severity, rule names and review texts: none of it belongs in an event. */
    private static List<String> forbiddenInEvents() {
        List<String> forbidden = new ArrayList<>(IntakeForms.SENSITIVE);
        forbidden.addAll(List.of("blood-clots", "anticoagulants", "blood thinners", "arthritis", "anxiety",
                "Grace Hopper", IntakeForms.EMERGENCY_PHONE, "PHQ", "GAD", "score", "Severe", "Moderate", "band",
                "self-harm", "suicid", "review needed because", "contraindication"));
        return forbidden;
    }

    private List<ConsumerRecord<String, String>> everythingPublishedAbout(String clientId) {
        try (TopicReader events = intakeEvents()) {
            events.awaitRecord(record -> clientId.equals(record.key())
                    && IntakeEventTypes.ESCALATION_RAISED.wireName().equals(TopicReader.header(record, "ce_type")));
            return events.readNow(record -> clientId.equals(record.key()));
        }
    }

    private String everythingStored() {
        StringBuilder all = new StringBuilder();
        mongo.getCollectionNames().forEach(collection -> mongo.findAll(Document.class, collection)
                .forEach(document -> all.append(document.toJson())));
        return all.toString();
    }

    private static String tokenOf(URI link) {
        return link.getRawQuery().substring("token=".length());
    }
}
