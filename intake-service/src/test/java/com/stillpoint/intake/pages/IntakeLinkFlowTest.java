package com.stillpoint.intake.pages;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.intake.support.Bookings;
import com.stillpoint.intake.support.ClientBrowser;
import com.stillpoint.intake.support.IntakeServiceTest;
import com.stillpoint.platform.links.LinkTokens;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static com.stillpoint.contracts.intake.IntakeEventTypes.INTAKE_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The intake link's life: one use into a short session, refused when used, expired, withdrawn or foreign. */
class IntakeLinkFlowTest extends IntakeServiceTest {

    @Value("${stillpoint.intake.public-base-url}")
    String publicBaseUrl;
    @Autowired
    LinkTokens linkTokens;
    @Autowired
    IntakeRequests intakeRequests;
    @Autowired
    MongoOperations mongo;

    ClientBrowser browser;

    @BeforeEach
    void newBrowser() {
        browser = newClientBrowser();
        publish(Bookings.kitsilano());
    }

    @Test
    void aBookingGetsAOneTimeLinkThatOpensIntoAShortSession() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 3);
        publish(booked);

        URI link = awaitIntakeLink(booked.appointmentId());
        try (TopicReader events = intakeEvents()) {
            assertThat(events.awaitRecord(ofType(INTAKE_REQUESTED.wireName(), booked.appointmentId())).value())
                    .doesNotContain(tokenOf(link));
        }
        await().untilAsserted(() -> assertThat(browser.get(link).body()).contains("Stillpoint Kitsilano"));
        HttpResponse<String> landing = browser.get(link);
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("Continue");
        assertThat(landing.headers().firstValue("Referrer-Policy")).contains("no-referrer");

        HttpResponse<String> continued = browser.openLink(link);
        assertThat(ClientBrowser.locationOf(continued)).endsWith("/intake").doesNotContain("token");
        assertThat(continued.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));

        HttpResponse<String> form = browser.get("/intake");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Your intake form").contains("Stillpoint Kitsilano");
        assertThat(form.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));

        HttpResponse<String> reused = browser.get(link);
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("already used");

        assertThat(everythingStoredMentions(tokenOf(link))).as("raw token stored somewhere").isFalse();
    }

    @Test
    void withoutALinkSessionTheFormSendsTheClientToTheLandingPage() {
        HttpResponse<String> form = browser.get("/intake");

        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/intake/start"));
        assertThat(browser.get("/intake/start").statusCode()).isEqualTo(404);
    }

    @Test
    void aRedeliveredBookingMakesNoSecondRequestOrLink() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 4);
        publish(booked);
        publish(booked);
        AppointmentBooked probe = Bookings.inDays(Bookings.newClientId(), 4);
        publish(probe);

        try (TopicReader intakeEvents = intakeEvents()) {
            intakeEvents.awaitRecord(ofType(INTAKE_REQUESTED.wireName(), probe.appointmentId()));
            assertThat(intakeEvents.readNow(ofType(INTAKE_REQUESTED.wireName(), booked.appointmentId()))).hasSize(1);
        }
    }

    @Test
    void cancellingTheAppointmentWithdrawsItsLink() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 5);
        publish(booked);
        URI link = awaitIntakeLink(booked.appointmentId());

        publish(Bookings.cancelled(booked));

        await().until(() -> TenantContext.callAs(Bookings.CHAIN,
                () -> intakeRequests.get(booked.appointmentId()).isWithdrawn()));
        HttpResponse<String> landing = browser.get(link);
        assertThat(landing.statusCode()).isEqualTo(410);
        assertThat(landing.body()).contains("no longer needed");
    }

    @Test
    void aCancelledAppointmentsOpenSessionShowsTheFriendlyPage() {
        AppointmentBooked booked = Bookings.inDays(Bookings.newClientId(), 5);
        publish(booked);
        browser.openLink(awaitIntakeLink(booked.appointmentId()));

        publish(Bookings.cancelled(booked));

        await().untilAsserted(() -> assertThat(browser.get("/intake").statusCode()).isEqualTo(410));
        assertThat(browser.get("/intake").body()).contains("no longer needed");
        assertThat(browser.get("/intake/steps/health").statusCode()).isEqualTo(302);
    }

    @Test
    void expiredAndForeignTokensAreRefused() {
        AppointmentBooked soon = Bookings.booked(Bookings.newClientId(), Instant.now().plus(Duration.ofSeconds(2)));
        publish(soon);
        URI link = awaitIntakeLink(soon.appointmentId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> landing = browser.get(link);
            assertThat(landing.statusCode()).isEqualTo(410);
            assertThat(landing.body()).contains("expired");
        });

        String surveyToken = TenantContext.callAs(Bookings.CHAIN, () -> linkTokens.issue("survey", "some-survey",
                Instant.now().plus(Duration.ofDays(1)), true));
        assertThat(browser.get("/intake/start?token=" + surveyToken).statusCode()).isEqualTo(404);
        assertThat(browser.get("/intake/start?token=not-a-token").statusCode()).isEqualTo(404);
    }

    private static String tokenOf(URI link) {
        return link.getRawQuery().substring("token=".length());
    }

    private boolean everythingStoredMentions(String text) {
        return mongo.getCollectionNames().stream().anyMatch(collection -> mongo.findAll(Document.class, collection)
                .stream().anyMatch(document -> document.toJson().contains(text)));
    }
}
