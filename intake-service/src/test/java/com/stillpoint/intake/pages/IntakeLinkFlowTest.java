package com.stillpoint.intake.pages;

import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.contracts.intake.IntakeEventTypes;
import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.intake.IntakeApplication;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.links.LinkTokens;
import com.stillpoint.platform.messaging.CloudEventRecords;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.platform.reference.ClinicDirectory;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaOperations;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = IntakeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeLinkFlowTest {

    private static final String CHAIN = "harbour";
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${stillpoint.intake.public-base-url}")
    String publicBaseUrl;
    @Autowired
    KafkaOperations<Object, Object> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    LinkSealer linkSealer;
    @Autowired
    LinkTokens linkTokens;
    @Autowired
    IntakeRequests intakeRequests;
    @Autowired
    MongoOperations mongo;
    @Autowired
    ClinicDirectory clinics;

    HttpClient browser;

    @BeforeEach
    void newBrowser() throws Exception {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        publish(new ClinicChanged(UUID.randomUUID(), Instant.now(), CHAIN, "harbour-kitsilano", "Stillpoint Kitsilano",
                VANCOUVER, "+16045550100", "2150 W 4th Ave"));
        await().until(() -> TenantContext.callAs(CHAIN, () -> clinics.find("harbour-kitsilano").isPresent()));
    }

    @Test
    void aBookingGetsAOneTimeLinkThatOpensIntoAShortSession() throws Exception {
        AppointmentBooked booked = booked(Instant.now().plus(Duration.ofDays(3)));
        publish(booked);

        URI link = linkOf(awaitIntakeRequested(booked));
        assertThat(link.toString()).startsWith(publicBaseUrl + "/intake/start?token=");

        HttpResponse<String> landing = get(onTestServer(link));
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("Stillpoint Kitsilano").contains("Continue");
        assertThat(landing.headers().firstValue("Referrer-Policy")).contains("no-referrer");

        HttpResponse<String> continued = postToken(tokenOf(link), csrfOf(landing));
        assertThat(continued.statusCode()).isEqualTo(303);
        assertThat(continued.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/intake").doesNotContain("token"));

        HttpResponse<String> form = get(URI.create(base() + "/intake"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Your intake form").contains("Stillpoint Kitsilano");

        HttpResponse<String> reused = get(onTestServer(link));
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("already used");

        assertThat(everythingStoredMentions(tokenOf(link))).as("raw token stored somewhere").isFalse();
    }

    @Test
    void withoutALinkSessionTheFormSendsTheClientToTheLandingPage() throws Exception {
        HttpResponse<String> form = get(URI.create(base() + "/intake"));

        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/intake/start"));
        assertThat(get(URI.create(base() + "/intake/start")).statusCode()).isEqualTo(404);
    }

    @Test
    void aRedeliveredBookingMakesNoSecondRequestOrLink() throws Exception {
        AppointmentBooked booked = booked(Instant.now().plus(Duration.ofDays(4)));
        publish(booked);
        publish(booked);
        AppointmentBooked probe = booked(Instant.now().plus(Duration.ofDays(4)));
        publish(probe);

        try (TopicReader intakeEvents = TopicReader.of(bootstrapServers, Topics.INTAKE.name())) {
            intakeEvents.awaitRecord(requestedFor(probe));
            assertThat(intakeEvents.readNow(requestedFor(booked))).hasSize(1);
        }
    }

    @Test
    void cancellingTheAppointmentWithdrawsItsLink() throws Exception {
        AppointmentBooked booked = booked(Instant.now().plus(Duration.ofDays(5)));
        publish(booked);
        URI link = linkOf(awaitIntakeRequested(booked));

        publish(new AppointmentCancelled(UUID.randomUUID(), Instant.now(), CHAIN, booked.appointmentId(), 3,
                booked.clientId(), booked.clinicId(), booked.startsAt(), VANCOUVER, false, "CLIENT"));

        await().until(() -> TenantContext.callAs(CHAIN, () -> intakeRequests.get(booked.appointmentId()).isWithdrawn()));
        HttpResponse<String> landing = get(onTestServer(link));
        assertThat(landing.statusCode()).isEqualTo(410);
        assertThat(landing.body()).contains("no longer needed");
    }

    @Test
    void expiredAndForeignTokensAreRefused() throws Exception {
        AppointmentBooked soon = booked(Instant.now().plus(Duration.ofSeconds(2)));
        publish(soon);
        URI link = onTestServer(linkOf(awaitIntakeRequested(soon)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> landing = get(link);
            assertThat(landing.statusCode()).isEqualTo(410);
            assertThat(landing.body()).contains("expired");
        });

        String surveyToken = TenantContext.callAs(CHAIN, () -> linkTokens.issue("survey", "some-survey",
                Instant.now().plus(Duration.ofDays(1)), true));
        assertThat(get(URI.create(base() + "/intake/start?token=" + surveyToken)).statusCode()).isEqualTo(404);
        assertThat(get(URI.create(base() + "/intake/start?token=not-a-token")).statusCode()).isEqualTo(404);
    }

    private AppointmentBooked booked(Instant startsAt) {
        return new AppointmentBooked(UUID.randomUUID(), Instant.now(), CHAIN, "appt-" + UUID.randomUUID(), 2,
                "harbour-client-ada", "harbour-kitsilano", "harbour-maya", "harbour-kits-1", "harbour-swedish-60",
                "SWEDISH", startsAt, startsAt.plus(Duration.ofHours(1)), VANCOUVER, null, null);
    }

    private IntakeRequested awaitIntakeRequested(AppointmentBooked booked) {
        try (TopicReader intakeEvents = TopicReader.of(bootstrapServers, Topics.INTAKE.name())) {
            return eventJson.read(intakeEvents.awaitRecord(requestedFor(booked)).value(), IntakeRequested.class);
        }
    }

    private static Predicate<ConsumerRecord<String, String>> requestedFor(AppointmentBooked booked) {
        return record -> IntakeEventTypes.INTAKE_REQUESTED.wireName().equals(TopicReader.header(record, "ce_type"))
                && record.value().contains(booked.appointmentId());
    }

    private URI linkOf(IntakeRequested requested) {
        return linkSealer.unseal(requested.sealedLink());
    }

    private URI onTestServer(URI link) {
        return URI.create(base() + link.getRawPath() + "?" + link.getRawQuery());
    }

    private static String tokenOf(URI link) {
        return link.getRawQuery().substring("token=".length());
    }

    private HttpResponse<String> postToken(String token, String csrf) throws Exception {
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(base() + "/intake/start"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("CSRF field in the form").isTrue();
        return matcher.group(1);
    }

    private boolean everythingStoredMentions(String text) {
        return mongo.getCollectionNames().stream().anyMatch(collection -> mongo.findAll(Document.class, collection)
                .stream().anyMatch(document -> document.toJson().contains(text)));
    }

    private void publish(IntegrationEvent event) throws Exception {
        kafka.send(CloudEventRecords.of(event, eventJson, "/test")).get();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
