package com.stillpoint.intake.protection;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.intake.records.IntakeReading;
import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.intake.support.Bookings;
import com.stillpoint.intake.support.IntakeForms;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.intake.support.Staff;
import com.stillpoint.intake.support.StaffApi;
import com.stillpoint.platform.crypto.AesGcm;
import com.stillpoint.platform.tenancy.TenantContext;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Health data at rest: ciphertext only, bound to chain, document and field, and every read on the audit trail.
 */
class HealthDataProtectionTest extends IntakeServiceTest {

    @Autowired
    MongoOperations mongo;
    @Autowired
    IntakeRequests requests;
    @Autowired
    IntakeReading reading;
    @Autowired
    HealthDataVault vault;
    @Autowired
    HealthDataReads reads;

    static final Access THERAPIST = new Access(ReaderKind.STAFF, "therapist.maya", java.util.Set.of("THERAPIST"),
            ReadPurpose.SESSION_PREPARATION);

    @Test
    void aRawDatabaseReadShowsOnlyCiphertextForEveryAnswer() {
        AppointmentBooked booked = completeIntake(Bookings.inDays(Bookings.newClientId(), 3), IntakeForms.clean());

        Document record = mongo.findOne(new Query(where("_id").is(booked.appointmentId())), Document.class,
                "intake_records");
        Map<String, Object> sealed = record.get("draft", Document.class).get("sealedAnswers", Document.class);
        assertThat(sealed.keySet()).contains("conditions", "conditions-details", "medications", "allergies",
                "wellbeing-concerns", "wellbeing-notes", "goals", "emergency-name", "emergency-phone", "pressure");
        assertThat(sealed.values()).allSatisfy(value -> {
            byte[] ciphertext = Base64.getUrlDecoder().decode((String) value);
            assertThat(ciphertext.length).as("nonce, ciphertext and tag").isGreaterThan(12 + 16);
        });
        String raw = record.toJson();
        assertThat(raw).doesNotContain("arthritis", "anxiety", "Grace Hopper", IntakeForms.EMERGENCY_PHONE, "medium");
        IntakeForms.SENSITIVE.forEach(text -> assertThat(everythingStored()).as("stored anywhere: " + text)
                .doesNotContain(text));
    }

    @Test
    void aCiphertextMovedToAnotherDocumentFailsToOpen() {
        AppointmentBooked first = completeIntake(Bookings.inDays(Bookings.newClientId(), 3), IntakeForms.clean());
        AppointmentBooked second = completeIntake(Bookings.inDays(Bookings.newClientId(), 3), IntakeForms.clean());
        String medicationsOfFirst = sealedAnswer(first.appointmentId(), "medications");

        mongo.updateFirst(new Query(where("_id").is(second.appointmentId())),
                new Update().set("draft.sealedAnswers.medications", medicationsOfFirst), "intake_records");

        assertThatThrownBy(() -> read(second)).isInstanceOf(AesGcm.CiphertextRejectedException.class);
        assertThat(read(first).answers().first("medications")).isEqualTo(IntakeForms.MEDICATIONS);
    }

    @Test
    void aCiphertextMovedToAnotherFieldFailsToOpen() {
        AppointmentBooked booked = completeIntake(Bookings.inDays(Bookings.newClientId(), 3), IntakeForms.clean());

        mongo.updateFirst(new Query(where("_id").is(booked.appointmentId())),
                new Update().set("draft.sealedAnswers.allergies", sealedAnswer(booked.appointmentId(), "medications")),
                "intake_records");

        assertThatThrownBy(() -> read(booked)).isInstanceOf(AesGcm.CiphertextRejectedException.class);
    }

    @Test
    void anotherChainCannotOpenAChainsCiphertext() {
        ProtectedDocument document = new ProtectedDocument("intake_records", "appt-shared-id", "client-1");
        String sealed = TenantContext.callAs(Bookings.CHAIN, () -> vault.seal(document, "medications", "warfarin"));

        assertThat(TenantContext.callAs(Bookings.CHAIN, () -> vault.open(document, "medications", sealed, THERAPIST)))
                .isEqualTo("warfarin");
        assertThatThrownBy(() -> TenantContext.callAs(Bookings.OTHER_CHAIN,
                () -> vault.open(document, "medications", sealed, THERAPIST)))
                .isInstanceOf(AesGcm.CiphertextRejectedException.class);
        List<Document> keys = mongo.findAll(Document.class, "data_keys");
        assertThat(keys).extracting(key -> key.getString("chainId")).contains(Bookings.CHAIN, Bookings.OTHER_CHAIN);
        assertThat(keys).extracting(key -> key.getString("wrappedKey")).doesNotHaveDuplicates();
    }

    @Test
    void everyReadOfHealthDataIsAuditedWithWhoWhatWhenAndWhy() {
        AppointmentBooked booked = completeIntake(Bookings.inDays(Bookings.newClientId(), 3), IntakeForms.clean());
        StaffApi api = new StaffApi(base());
        int before = readsOf(booked.clientId()).size();

        assertThat(api.get("/api/intake-requests/" + booked.appointmentId(), Staff.FRONT_DESK).statusCode())
                .isEqualTo(200);
        assertThat(readsOf(booked.clientId())).as("a status is not health data").hasSize(before);

        HttpResponse<String> answers = api.get("/api/intake-requests/" + booked.appointmentId() + "/answers",
                Staff.MAYA);
        assertThat(answers.statusCode()).isEqualTo(200);
        assertThat(answers.body()).contains(IntakeForms.MEDICATIONS);
        api.get("/api/intake-requests/" + booked.appointmentId() + "/answers", Staff.MAYA);

        List<HealthDataRead> audited = readsOf(booked.clientId());
        assertThat(audited).hasSize(before + 2);
        assertThat(audited.subList(before, before + 2)).allSatisfy(read -> {
            assertThat(read.readerKind()).isEqualTo(ReaderKind.STAFF);
            assertThat(read.readerId()).isEqualTo("therapist.maya");
            assertThat(read.readerRoles()).containsExactly("THERAPIST");
            assertThat(read.purpose()).isEqualTo(ReadPurpose.SESSION_PREPARATION);
            assertThat(read.documentId()).isEqualTo(booked.appointmentId());
            assertThat(read.fields()).contains("medications", "wellbeing-notes");
            assertThat(read.at()).isNotNull();
        });
        assertThat(audited).as("the client's own reads when submitting").anySatisfy(read -> {
            assertThat(read.readerKind()).isEqualTo(ReaderKind.CLIENT);
            assertThat(read.readerId()).isEqualTo(booked.clientId());
            assertThat(read.purpose()).isEqualTo(ReadPurpose.CLIENT_SUBMITTING_FORM);
        });

        HttpResponse<String> trail = api.get("/api/clients/" + booked.clientId() + "/health-data-reads",
                Staff.CHAIN_ADMIN);
        assertThat(trail.statusCode()).isEqualTo(200);
        assertThat(trail.body()).contains("SESSION_PREPARATION").contains("therapist.maya")
                .doesNotContain(IntakeForms.MEDICATIONS);
    }

    @Test
    void aClientReopeningAStepIsAuditedToo() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 3);
        publish(booked);
        var client = newClientBrowser();
        client.openLink(awaitIntakeLink(booked.appointmentId()));
        client.submit("/intake/steps/medications", com.stillpoint.intake.support.ClientBrowser.form(
                "medications", IntakeForms.MEDICATIONS, "action", "save"));
        int before = readsOf(booked.clientId()).size();

        client.get("/intake/steps/medications");

        assertThat(readsOf(booked.clientId())).hasSize(before + 1).last().satisfies(read -> {
            assertThat(read.readerKind()).isEqualTo(ReaderKind.CLIENT);
            assertThat(read.purpose()).isEqualTo(ReadPurpose.CLIENT_CONTINUING_FORM);
            assertThat(read.fields()).containsExactly("medications");
        });
    }

    private com.stillpoint.intake.records.IntakeAnswers read(AppointmentBooked booked) {
        return TenantContext.callAs(Bookings.CHAIN, () -> {
            IntakeRequest request = requests.get(booked.appointmentId());
            return reading.read(request, THERAPIST);
        });
    }

    private List<HealthDataRead> readsOf(String clientId) {
        return TenantContext.callAs(Bookings.CHAIN, () -> reads.ofClient(clientId));
    }

    private String sealedAnswer(String recordId, String question) {
        return mongo.findOne(new Query(where("_id").is(recordId)), Document.class, "intake_records")
                .get("draft", Document.class).get("sealedAnswers", Document.class).getString(question);
    }

    private String everythingStored() {
        StringBuilder all = new StringBuilder();
        mongo.getCollectionNames().forEach(collection -> mongo.findAll(Document.class, collection)
                .forEach(document -> all.append(document.toJson())));
        return all.toString();
    }
}
