package com.stillpoint.booking.security;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.messaging.CloudEventHeaders;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.testing.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpStatus;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client link opens only what it was issued for, for as long as it was issued; only its hash is stored; its
 * pages leak it to no other site; and guessing links is slowed by the rate limit.
 */
class ClientLinkSecurityTest extends BookingServiceTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    EventJson eventJson;
    @Autowired
    LinkSealer linkSealer;
    @Autowired
    MongoOperations mongo;

    @Test
    void aManageLinkOpensItsOwnAppointmentOnlyAndIsStoredAsAHash() throws Exception {
        String token = manageTokenOf(book());
        HttpClient browser = browser();

        assertThat(get(browser, "/offers/start?token=" + token).statusCode()).as("wrong purpose").isEqualTo(404);
        assertThat(get(browser, "/manage/start?token=" + token.substring(1) + "A").statusCode()).as("tampered").isEqualTo(404);
        HttpResponse<String> withoutSession = get(browser, "/manage/appointment");
        assertThat(withoutSession.statusCode()).as("no link session").isEqualTo(302);
        assertThat(withoutSession.headers().allValues("Set-Cookie")).as("and no server session either")
                .noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID"));

        HttpResponse<String> landing = get(browser, "/manage/start?token=" + token);
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        HttpResponse<String> continued = browser.send(HttpRequest.newBuilder(URI.create(base() + "/manage/start"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&_csrf=" + csrfOf(landing))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(continued.statusCode()).isEqualTo(303);
        assertThat(continued.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/manage/appointment").doesNotContain("token"));
        assertThat(continued.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("sp_link_appointment=").contains("HttpOnly").contains("SameSite=Lax"));

        assertThat(get(browser, "/manage/appointment").statusCode()).isEqualTo(200);
        assertThat(get(browser, "/offers/current").statusCode()).as("the session opens nothing else").isEqualTo(302);
        assertThat(storedAnywhere(token)).as("the raw token is stored nowhere").isFalse();
    }

    @Test
    void guessingLinksIsRateLimitedPerClientAddress() throws Exception {
        HttpClient guesser = browser();
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        int limited = 0;
        for (int attempt = 0; attempt < 25; attempt++) {
            HttpResponse<String> answer = guesser.send(HttpRequest.newBuilder(URI.create(base() + "/manage/start"))
                    .header("X-Forwarded-For", address)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + UUID.randomUUID())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 429) {
                limited++;
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(limited).as("requests beyond 20 a minute").isEqualTo(5);
        HttpResponse<String> someoneElse = guesser.send(HttpRequest.newBuilder(URI.create(base() + "/manage/start?token=x"))
                .header("X-Forwarded-For", "198.51.100.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(someoneElse.statusCode()).as("other addresses are not affected").isEqualTo(404);
    }

    private String book() {
        StaffApi desk = new StaffApi(restClient(), StaffTokens.frontDesk());
        return (String) desk.expect(desk.create("/api/appointments", Map.of("clientId", "harbour-client-remy",
                "clinicId", "harbour-gastown", "serviceId", "harbour-deep-tissue-60", "therapistId", "harbour-liam",
                "start", TestCalendar.firstOnOrAfter(DayOfWeek.FRIDAY, 310).atTime(9, 0).toString())),
                HttpStatus.CREATED).get("id");
    }

    private String manageTokenOf(String appointmentId) {
        try (TopicReader topic = TopicReader.of(bootstrapServers, Topics.APPOINTMENTS.name())) {
            AppointmentBooked booked = eventJson.read(topic.awaitRecord(record -> appointmentId.equals(record.key())
                    && "appointment.booked.v1".equals(TopicReader.header(record, CloudEventHeaders.TYPE))).value(),
                    AppointmentBooked.class);
            URI link = linkSealer.unseal(booked.sealedManageLink());
            return link.getRawQuery().substring("token=".length());
        }
    }

    private boolean storedAnywhere(String token) {
        return mongo.getCollectionNames().stream().anyMatch(collection ->
                mongo.findAll(Document.class, collection).stream().anyMatch(document -> document.toJson().contains(token)));
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
