package com.stillpoint.intake.requests;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.intake.consent.ConsentSignature;
import com.stillpoint.intake.consent.ConsentSignatures;
import com.stillpoint.intake.support.Bookings;
import com.stillpoint.intake.support.ClientBrowser;
import com.stillpoint.intake.support.IntakeForms;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.intake.support.StaffApi;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.TestIssuer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static com.stillpoint.intake.support.ClientBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Consent versions: a material new version makes clients sign again before their next session; a minor one does
 * not. Signatures record exactly what was signed and never change. Runs in a chain of its own, since publishing a
 * version concerns every upcoming session of the chain.
 */
class ConsentVersioningTest extends IntakeServiceTest {

    static final String CHAIN = "lakeside";
    static final String ADMIN = TestIssuer.get().staffToken("lakeside.admin", CHAIN, List.of("CHAIN_ADMIN"),
            List.of(), null);
    static final String DESK = TestIssuer.get().staffToken("lakeside.desk", CHAIN, List.of("FRONT_DESK"),
            List.of(Bookings.CLINIC), null);
    static final String CLINIC_ADMIN = TestIssuer.get().staffToken("lakeside.clinic", CHAIN,
            List.of("CLINIC_ADMIN"), List.of(Bookings.CLINIC), null);

    @Autowired
    IntakeRequests requests;
    @Autowired
    ConsentSignatures signatures;
    @Autowired
    MongoOperations mongo;

    StaffApi api;

    @BeforeEach
    void setUp() {
        api = new StaffApi(base());
    }

    @Test
    void aMaterialVersionForcesARenewedSignatureBeforeTheNextSession() {
        String clientId = Bookings.newClientId();
        completeIntake(inDays(clientId, 2), IntakeForms.clean());
        AppointmentBooked next = inDays(clientId, 9);
        publish(next);
        awaitStatus(next.appointmentId(), IntakeReadiness.READY);

        HttpResponse<String> published = publishVersion(true);
        assertThat(published.statusCode()).isEqualTo(201);
        assertThat(published.body()).contains("\"material\":true");

        awaitStatus(next.appointmentId(), IntakeReadiness.PENDING);
        assertThat(TenantContext.callAs(CHAIN, () -> requests.get(next.appointmentId()).outstanding()))
                .containsExactly(Requirement.CONSENT);
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(next.appointmentId()));
        HttpResponse<String> overview = client.get("/intake");
        assertThat(overview.body()).contains("Read and sign the consent").doesNotContain("/intake/steps/");
        assertThat(client.get("/intake/consent").body()).contains("Revised terms");

        IntakeForms.sign(client, "Ada Lovelace");

        assertThat(statusesOf(next.appointmentId(), IntakeReadiness.READY)).containsExactly(
                IntakeReadiness.READY, IntakeReadiness.PENDING, IntakeReadiness.READY);
        List<ConsentSignature> signed = TenantContext.callAs(CHAIN, () -> signatures.ofClient(clientId));
        assertThat(signed).hasSize(2);
        assertThat(signed.get(1).version()).isGreaterThan(signed.get(0).version());
        assertThat(signed.get(1).contentHash()).isNotEqualTo(signed.get(0).contentHash());
        assertThat(signed).allSatisfy(signature -> {
            assertThat(signature.typedName()).isEqualTo("Ada Lovelace");
            assertThat(signature.userAgent()).contains("StillpointTest");
            assertThat(signature.ipAddress()).isEqualTo("127.0.0.1");
            assertThat(signature.signedAt()).isNotNull();
        });
    }

    @Test
    void aBookingAfterAMaterialVersionAsksForTheNewSignatureOnly() {
        String clientId = Bookings.newClientId();
        completeIntake(inDays(clientId, 2), IntakeForms.clean());

        publishVersion(true);
        AppointmentBooked next = inDays(clientId, 9);
        publish(next);

        awaitStatus(next.appointmentId(), IntakeReadiness.PENDING);
        assertThat(TenantContext.callAs(CHAIN, () -> requests.get(next.appointmentId()).outstanding()))
                .containsExactly(Requirement.CONSENT);
    }

    @Test
    void aMinorVersionAsksNobodyToSignAgain() {
        String clientId = Bookings.newClientId();
        completeIntake(inDays(clientId, 2), IntakeForms.clean());

        HttpResponse<String> published = publishVersion(false);
        assertThat(published.body()).contains("\"appointmentsAskedToSignAgain\":0");
        AppointmentBooked next = inDays(clientId, 9);
        publish(next);

        awaitStatus(next.appointmentId(), IntakeReadiness.READY);
    }

    @Test
    void signaturesNeverChangeOnceGiven() {
        String clientId = Bookings.newClientId();
        completeIntake(inDays(clientId, 2), IntakeForms.clean());
        Document first = mongo.findOne(new Query(where("clientId").is(clientId)), Document.class, "consent_signatures");

        publishVersion(true);
        AppointmentBooked next = inDays(clientId, 9);
        publish(next);
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(next.appointmentId()));
        IntakeForms.sign(client, "A. Lovelace");

        assertThat(mongo.findOne(new Query(where("_id").is(first.get("_id"))), Document.class, "consent_signatures"))
                .isEqualTo(first);
        assertThat(mongo.count(new Query(where("clientId").is(clientId)), "consent_signatures")).isEqualTo(2);
    }

    @Test
    void aClientCannotSignAVersionTheyWereNotShown() {
        AppointmentBooked booked = inDays(Bookings.newClientId(), 3);
        publish(booked);
        ClientBrowser client = newClientBrowser();
        client.openLink(awaitIntakeLink(booked.appointmentId()));
        HttpResponse<String> page = client.get("/intake/consent");

        HttpResponse<String> forged = client.post("/intake/consent", page, form("typedName", "Ada Lovelace",
                "agree", "yes", "version", "1", "hash", "0".repeat(64)));
        assertThat(forged.statusCode()).isEqualTo(409);
        assertThat(forged.body()).contains("Please read this version before you sign");
        HttpResponse<String> unconfirmed = client.post("/intake/consent", forged, form("typedName", " "));
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        assertThat(unconfirmed.body()).contains("Please type your full name").contains("Please confirm");

        assertThat(TenantContext.callAs(CHAIN, () -> signatures.ofClient(booked.clientId()))).isEmpty();
    }

    @Test
    void onlyChainAdminsPublishAndBadInputChangesNothing() {
        int version = currentVersion();

        assertThat(api.call("POST", "/api/consent-document/versions", versionJson(true), CLINIC_ADMIN).statusCode())
                .isEqualTo(403);
        HttpResponse<String> invalid = api.call("POST", "/api/consent-document/versions",
                "{\"title\":\"\",\"body\":\"x\",\"material\":true}", ADMIN);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> massAssignment = api.call("POST", "/api/consent-document/versions",
                "{\"title\":\"T\",\"body\":\"B\",\"material\":true,\"version\":99}", ADMIN);
        assertThat(massAssignment.statusCode()).isEqualTo(400);

        assertThat(currentVersion()).isEqualTo(version);
    }

    private int currentVersion() {
        HttpResponse<String> current = api.call("GET", "/api/consent-document", null, DESK);
        assertThat(current.statusCode()).isEqualTo(200);
        return Integer.parseInt(current.body().replaceAll(".*\"version\":(\\d+).*", "$1"));
    }

    private HttpResponse<String> publishVersion(boolean material) {
        return api.call("POST", "/api/consent-document/versions", versionJson(material), ADMIN);
    }

    private static AppointmentBooked inDays(String clientId, int days) {
        return Bookings.inChain(CHAIN, Bookings.inDays(clientId, days));
    }

    private static String versionJson(boolean material) {
        return "{\"title\":\"Informed consent to massage therapy\",\"body\":\"Revised terms " + UUID.randomUUID()
                + ".\\n\\nYou may stop at any time.\",\"material\":" + material + "}";
    }
}
