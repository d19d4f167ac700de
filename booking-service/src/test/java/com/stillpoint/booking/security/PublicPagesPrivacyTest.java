package com.stillpoint.booking.security;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.clients.Clients;
import com.stillpoint.platform.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public booking pages show public data only (clinics, services, therapists' names, free times), bind the chain
 * from their path and answer 404 for a chain that does not take bookings online, and never show or change what the
 * clinic knows of a returning client.
 */
class PublicPagesPrivacyTest extends BookingServiceTest {

    private static final List<String> PRIVATE = List.of("Lovelace", "ada@example.test", "+16045550101", "Tremblay",
            "remy@example.test", "harbour-client", "harbour-kits-1", "Cedar room");
    private static final Pattern SLOT = Pattern.compile("href=\"(/book/harbour/harbour-kitsilano/harbour-swedish-60/details\\?[^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    @Autowired
    Clients clients;
    @Autowired
    Appointments appointments;

    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void everyStepShowsOnlyPublicDataWithStrictHeaders() throws Exception {
        List<String> steps = List.of("/book/harbour", "/book/harbour/harbour-kitsilano",
                "/book/harbour/harbour-kitsilano/harbour-swedish-60");
        for (String step : steps) {
            HttpResponse<String> page = get(step);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain(PRIVATE);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
        HttpResponse<String> details = get(firstSlotLink());
        assertThat(details.statusCode()).isEqualTo(200);
        assertThat(details.body()).doesNotContain(PRIVATE).contains("Step 5 of 5");
    }

    @Test
    void aChainWithoutOnlineBookingAndAnUnknownChainLookTheSame() throws Exception {
        HttpResponse<String> closed = get("/book/summit");
        HttpResponse<String> unknown = get("/book/no-such-chain");
        assertThat(closed.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(closed.body()).isEqualTo(unknown.body());
        assertThat(get("/book/summit/harbour-kitsilano").statusCode()).as("another chain's clinic").isEqualTo(404);
    }

    @Test
    void aReturningClientIsRecognisedWithoutSeeingOrChangingTheirStoredDetails() throws Exception {
        HttpResponse<String> form = get(firstSlotLink());
        String start = URI.create("http://x" + firstSlotLink()).getQuery().replaceAll(".*start=([^&]+).*", "$1");
        String therapist = URI.create("http://x" + firstSlotLink()).getQuery().replaceAll(".*therapist=([^&]+).*", "$1");
        HttpResponse<String> booked = browser.send(HttpRequest.newBuilder(URI.create(base()
                        + "/book/harbour/harbour-kitsilano/harbour-swedish-60/details"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&",
                        "start=" + start, "therapist=" + therapist, "key=" + match(KEY, form), "firstName=Mallory",
                        "lastName=Impostor", "email=ADA%40example.test", "phone=%2B16045550666", "emailConsent=true",
                        "smsConsent=true", "preferredChannel=SMS", "_csrf=" + encode(match(CSRF, form)))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(booked.statusCode()).isEqualTo(200);
        assertThat(booked.body()).contains("You're booked").doesNotContain(PRIVATE).doesNotContain("+16045550666");
        TenantContext.runAs("harbour", () -> {
            var ada = clients.get("harbour-client-ada").contactDetails();
            assertThat(ada.lastName()).isEqualTo("Lovelace");
            assertThat(ada.phone()).isEqualTo("+16045550101");
            assertThat(appointments.ofClient("harbour-client-ada")).as("booked for the client who owns the address")
                    .anyMatch(appointment -> appointment.placement().startsAt().equals(
                            java.time.LocalDateTime.parse(java.net.URLDecoder.decode(start, StandardCharsets.UTF_8))
                                    .atZone(java.time.ZoneId.of("America/Vancouver")).toInstant()));
        });
    }

    private String firstSlotLink() throws Exception {
        Matcher slot = SLOT.matcher(get("/book/harbour/harbour-kitsilano/harbour-swedish-60").body());
        assertThat(slot.find()).as("a free time on the page").isTrue();
        return slot.group(1).replace("&amp;", "&");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String match(Pattern pattern, HttpResponse<String> page) {
        Matcher matcher = pattern.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
