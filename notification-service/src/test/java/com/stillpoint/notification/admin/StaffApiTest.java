package com.stillpoint.notification.admin;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.testing.TestIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The staff API: administrators see and retry failed messages, and set reminder policies and templates. Deny by
 * default, roles per endpoint, clinic admins only at their clinics, another chain's ids answer 404, every error is
 * problem+json and bad input changes nothing.
 */
class StaffApiTest extends NotificationIntegrationTest {

    private static final String OTHER_CLINIC = "harbour-gastown";

    private RestTestClient api;

    @BeforeEach
    void client() {
        api = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        aClinicInVancouver();
    }

    @AfterEach
    void defaultTemplatesAndPolicy() {
        api.delete().uri("/api/notification/clinics/" + CLINIC + "/reminder-policy")
                .header("Authorization", "Bearer " + chainAdmin()).exchange();
        api.delete().uri("/api/notification/templates/reminder/sms/en").header("Authorization", "Bearer " + chainAdmin())
                .exchange();
        api.delete().uri("/api/notification/clinics/" + CLINIC + "/templates/reminder/sms/en")
                .header("Authorization", "Bearer " + chainAdmin()).exchange();
    }

    static Stream<List<Object>> roleMatrix() {
        return Stream.of(
                List.of("GET", "/api/notification/messages", "CHAIN_ADMIN", 200),
                List.of("GET", "/api/notification/messages", "CLINIC_ADMIN", 200),
                List.of("GET", "/api/notification/messages", "FRONT_DESK", 403),
                List.of("GET", "/api/notification/messages", "THERAPIST", 403),
                List.of("GET", "/api/notification/clinics/" + CLINIC + "/reminder-policy", "CLINIC_ADMIN", 200),
                List.of("GET", "/api/notification/clinics/" + CLINIC + "/reminder-policy", "FRONT_DESK", 403),
                List.of("GET", "/api/notification/templates/reminder/sms/en", "CHAIN_ADMIN", 200),
                List.of("GET", "/api/notification/templates/reminder/sms/en", "CLINIC_ADMIN", 403),
                List.of("GET", "/api/notification/clinics/" + CLINIC + "/templates/reminder/sms/en", "CLINIC_ADMIN", 200),
                List.of("GET", "/api/notification/clinics/" + CLINIC + "/templates/reminder/sms/en", "THERAPIST", 403),
                List.of("GET", "/api/notification/unknown", "CHAIN_ADMIN", 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roleMatrix")
    void eachEndpointIsForItsRolesOnly(List<Object> row) {
        String token = TestIssuer.get().staffToken("someone", CHAIN, List.of((String) row.get(2)), List.of(CLINIC),
                "THERAPIST".equals(row.get(2)) ? "harbour-maya" : null);
        api.method(HttpMethod.valueOf((String) row.get(0))).uri((String) row.get(1))
                .header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isEqualTo((Integer) row.get(3));
    }

    @Test
    void withoutATokenNothingAnswersButA401Problem() {
        api.get().uri("/api/notification/messages").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void administratorsSeeAFailedMessageAndRetryIt() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        sms.failFor(400, client.phone());
        AppointmentBooked booked = booked(client, daysAheadAt(5, 10, VANCOUVER));
        publish(booked);
        ScheduledMessage failed = awaitMessage(booked.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.SMS);
        await().until(() -> findMessage(failed.id()).status() == MessageStatus.FAILED);

        List<Map<String, Object>> listed = list(chainAdmin());
        assertThat(listed).anySatisfy(message -> {
            assertThat(message.get("id")).isEqualTo(failed.id());
            assertThat(message.get("clientId")).isEqualTo(client.id());
        });
        assertThat(listed.toString()).doesNotContain(client.phone()).doesNotContain("Hi Ada");
        assertThat(list(clinicAdminOf(OTHER_CLINIC))).noneSatisfy(message ->
                assertThat(message.get("id")).isEqualTo(failed.id()));
        assertThat(list(otherChainAdmin())).isEmpty();
        api.get().uri("/api/notification/messages/{id}", failed.id()).header("Authorization", "Bearer " + otherChainAdmin())
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.post().uri("/api/notification/messages/{id}/retry", failed.id())
                .header("Authorization", "Bearer " + clinicAdminOf(OTHER_CLINIC)).exchange().expectStatus().isNotFound();

        sms.restore();
        api.post().uri("/api/notification/messages/{id}/retry", failed.id())
                .header("Authorization", "Bearer " + clinicAdminOf(CLINIC)).exchange().expectStatus().isOk();
        await().until(() -> findMessage(failed.id()).status() == MessageStatus.SENT);
        assertThat(sms.textsTo(client.phone())).hasSize(1);

        api.post().uri("/api/notification/messages/{id}/retry", failed.id())
                .header("Authorization", "Bearer " + chainAdmin()).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("message-not-failed");
    }

    @Test
    void aClinicsReminderPolicyAppliesToItsNextBookings() {
        api.put().uri("/api/notification/clinics/{clinic}/reminder-policy", CLINIC)
                .header("Authorization", "Bearer " + clinicAdminOf(CLINIC)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reminders", List.of(Map.of("channel", "SMS", "before", "PT3H"))))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.custom").isEqualTo(true);

        TestClient client = newClient(EnumSet.of(Channel.EMAIL, Channel.SMS), Channel.EMAIL);
        AppointmentBooked booked = booked(client, daysAheadAt(5, 14, VANCOUVER));
        publish(booked);
        ScheduledMessage reminder = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);

        assertThat(reminder.dueAt()).isEqualTo(booked.startsAt().minus(Duration.ofHours(3)));
        assertThat(findMessage(ScheduledMessage.keyOf(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.EMAIL)))
                .isNull();
    }

    @Test
    void aPolicyOutOfBoundsOrForAClinicOutOfReachIsRefusedAndChangesNothing() {
        putPolicy(chainAdmin(), CLINIC, Map.of("reminders", List.of(Map.of("channel", "SMS", "before", "PT10M"))))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        putPolicy(chainAdmin(), CLINIC, Map.of("reminders", List.of(Map.of("channel", "PIGEON", "before", "PT3H"))))
                .expectStatus().isBadRequest();
        putPolicy(chainAdmin(), CLINIC, Map.of("reminders", List.of(Map.of("channel", "SMS", "before", "PT3H")),
                "chainId", "summit")).expectStatus().isBadRequest();
        putPolicy(chainAdmin(), CLINIC, Map.of("reminders", List.of())).expectStatus().isBadRequest();
        putPolicy(clinicAdminOf(OTHER_CLINIC), CLINIC, Map.of("reminders",
                List.of(Map.of("channel", "SMS", "before", "PT3H")))).expectStatus().isNotFound();
        putPolicy(otherChainAdmin(), CLINIC, Map.of("reminders",
                List.of(Map.of("channel", "SMS", "before", "PT3H")))).expectStatus().isNotFound();

        api.get().uri("/api/notification/clinics/{clinic}/reminder-policy", CLINIC)
                .header("Authorization", "Bearer " + chainAdmin()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.custom").isEqualTo(false)
                .jsonPath("$.reminders.length()").isEqualTo(2);
    }

    @Test
    void aChainTemplateAndAClinicOneOverrideTheDefaultInThatOrder() {
        putTemplate("/api/notification/templates/reminder/sms/en", chainAdmin(),
                Map.of("body", "Hello [(${firstName})], see you at [(${clinicName})] on [(${date})]."))
                .expectStatus().isOk().expectBody().jsonPath("$.source").isEqualTo("chain");
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        AppointmentBooked first = booked(client, daysAheadAt(3, 10, VANCOUVER));
        publish(first);
        ScheduledMessage chainWorded = awaitMessage(first.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
        timePasses(chainWorded.dueAt());
        await().until(() -> sms.textsTo(client.phone()).stream().anyMatch(text -> text.startsWith("Hello Ada")));

        putTemplate("/api/notification/clinics/" + CLINIC + "/templates/reminder/sms/en", clinicAdminOf(CLINIC),
                Map.of("body", "Kitsilano here, [(${firstName})]: [(${date})] at [(${time})]."))
                .expectStatus().isOk().expectBody().jsonPath("$.source").isEqualTo("clinic");
        AppointmentBooked second = booked(client, daysAheadAt(3, 11, VANCOUVER));
        publish(second);
        ScheduledMessage clinicWorded = awaitMessage(second.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
        timePasses(clinicWorded.dueAt());
        await().until(() -> sms.textsTo(client.phone()).stream().anyMatch(text -> text.startsWith("Kitsilano here, Ada")));
    }

    @Test
    void aTemplateThatRunsCodeNamesAHealthConcernOrTargetsAClinicOutOfReachIsRefused() {
        String template = "/api/notification/templates/reminder/sms/en";
        putTemplate(template, chainAdmin(), Map.of("body", "[(${T(java.lang.Runtime).getRuntime().exec('id')})]"))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        putTemplate(template, chainAdmin(), Map.of("body", "Your anxiety session on [(${date})]"))
                .expectStatus().isBadRequest();
        putTemplate(template, chainAdmin(), Map.of("subject", "Hi", "body", "A text has no subject"))
                .expectStatus().isBadRequest();
        putTemplate("/api/notification/templates/reminder/fax/en", chainAdmin(), Map.of("body", "Hi"))
                .expectStatus().isBadRequest();
        putTemplate("/api/notification/templates/reminder/sms/de", chainAdmin(), Map.of("body", "Hallo"))
                .expectStatus().isBadRequest();
        putTemplate("/api/notification/clinics/" + CLINIC + "/templates/reminder/sms/en", clinicAdminOf(OTHER_CLINIC),
                Map.of("body", "Hi")).expectStatus().isNotFound();
        putTemplate("/api/notification/clinics/" + CLINIC + "/templates/reminder/sms/en", otherChainAdmin(),
                Map.of("body", "Hi")).expectStatus().isNotFound();

        api.get().uri(template).header("Authorization", "Bearer " + chainAdmin()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.source").isEqualTo("default");
    }

    private RestTestClient.ResponseSpec putPolicy(String token, String clinicId, Map<String, Object> body) {
        return api.put().uri("/api/notification/clinics/{clinic}/reminder-policy", clinicId)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private RestTestClient.ResponseSpec putTemplate(String path, String token, Map<String, Object> body) {
        return api.put().uri(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String token) {
        return api.get().uri("/api/notification/messages?status=FAILED").header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    private static String chainAdmin() {
        return TestIssuer.get().staffToken("chain.admin", CHAIN, List.of("CHAIN_ADMIN"), List.of(), null);
    }

    private static String clinicAdminOf(String clinicId) {
        return TestIssuer.get().staffToken("clinic.admin", CHAIN, List.of("CLINIC_ADMIN"), List.of(clinicId), null);
    }

    private static String otherChainAdmin() {
        return TestIssuer.get().staffToken("summit.admin", "summit", List.of("CHAIN_ADMIN"), List.of(), null);
    }
}
