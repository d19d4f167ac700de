package com.stillpoint.booking.waitlist;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffApi;
import com.stillpoint.booking.StaffTokens;
import com.stillpoint.booking.TestCalendar;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.WaitlistOfferMade;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.testing.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A cancelled time is offered to the waiting clients who want it; two of them accept at the same moment, through
 * their own links: exactly one gets it, the other is told it was taken, and the time is booked once.
 */
class WaitlistRaceTest extends BookingServiceTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    EventJson eventJson;
    @Autowired
    LinkSealer linkSealer;
    @Autowired
    MongoOperations mongo;
    @Autowired
    Waitlist waitlist;

    @Test
    void twoClientsAcceptTheSameFreedTimeAndOneWins() throws Exception {
        // A Wednesday: Maya works at Kitsilano 09:00-17:00.
        LocalDate day = TestCalendar.firstOnOrAfter(DayOfWeek.WEDNESDAY, 15);
        StaffApi desk = new StaffApi(restClient(), StaffTokens.frontDesk());
        String adaEntry = join(desk, "harbour-client-ada", day);
        String remyEntry = join(desk, "harbour-client-remy", day);
        String cancelled = (String) desk.expect(desk.create("/api/appointments", Map.of("clientId", "harbour-client-ada",
                "clinicId", "harbour-kitsilano", "serviceId", "harbour-craniosacral-50", "therapistId", "harbour-maya",
                "start", day.atTime(10, 0).toString())), HttpStatus.CREATED).get("id");
        desk.expect(desk.call(HttpMethod.POST, "/api/appointments/{id}/cancellation", Map.of("cancelledBy", "CLINIC"),
                cancelled), HttpStatus.OK);

        List<WaitlistOfferMade> offers;
        try (TopicReader topic = TopicReader.of(bootstrapServers, Topics.WAITLIST.name())) {
            offers = topic.awaitRecords(record -> record.value().contains(adaEntry) || record.value().contains(remyEntry), 2)
                    .stream().map(record -> eventJson.read(record.value(), WaitlistOfferMade.class)).toList();
        }
        assertThat(offers).hasSize(2).allSatisfy(offer -> {
            assertThat(offer.startsAt()).isEqualTo(day.atTime(10, 0).atZone(TestCalendar.VANCOUVER).toInstant());
            assertThat(offer.clinicZone()).isEqualTo(TestCalendar.VANCOUVER);
            assertThat(offer.expiresAt()).isAfter(java.time.Instant.now());
        });

        Client first = Client.open(this, offers.get(0));
        Client second = Client.open(this, offers.get(1));
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> firstAnswer = CompletableFuture.supplyAsync(() -> first.accept(go));
        CompletableFuture<HttpResponse<String>> secondAnswer = CompletableFuture.supplyAsync(() -> second.accept(go));
        go.countDown();
        List<HttpResponse<String>> answers = List.of(firstAnswer.get(), secondAnswer.get());

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(answers).extracting(HttpResponse::body)
                .anySatisfy(body -> assertThat(body).contains("It's yours"))
                .anySatisfy(body -> assertThat(body).contains("Sorry, this time was taken"));
        assertThat(bookedAt(day.atTime(10, 0))).as("the freed time is booked exactly once").hasSize(1);
        assertThat(TenantContext.callAs("harbour", () -> List.of(waitlist.offer(offers.get(0).offerId()).status(),
                waitlist.offer(offers.get(1).offerId()).status())))
                .containsExactlyInAnyOrder(OfferStatus.ACCEPTED, OfferStatus.TAKEN);

        HttpResponse<String> again = first.accept(new CountDownLatch(0));
        assertThat(again.statusCode()).as("answering again changes nothing").isEqualTo(answers.get(0).statusCode());
    }

    private static String join(StaffApi desk, String clientId, LocalDate day) {
        return (String) desk.expect(desk.call(HttpMethod.POST, "/api/waitlist", Map.of("clientId", clientId,
                "clinicIds", List.of("harbour-kitsilano"), "serviceId", "harbour-swedish-60",
                "therapistId", "harbour-maya", "earliestDate", day.toString(), "latestDate", day.toString(),
                "windows", List.of(Map.of("day", "WEDNESDAY", "from", "09:00", "until", "12:00")))), HttpStatus.CREATED)
                .get("id");
    }

    private List<Document> bookedAt(LocalDateTime start) {
        return mongo.find(new Query(where("chainId").is("harbour").and("status").is("BOOKED")
                .and("placement.therapistId").is("harbour-maya")
                .and("placement.session.start").is(Date.from(start.atZone(TestCalendar.VANCOUVER).toInstant()))),
                Document.class, "appointments");
    }

    /** A client's phone: its own cookies, following the offer link to the Accept button. */
    private record Client(HttpClient http, String base, String acceptCsrf) {

        static Client open(WaitlistRaceTest test, WaitlistOfferMade offer) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            URI link = test.linkSealer.unseal(offer.sealedOfferLink());
            String token = link.getRawQuery().substring("token=".length());
            HttpResponse<String> landing = http.send(HttpRequest.newBuilder(
                    URI.create(test.base() + "/offers/start?token=" + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(landing.body()).contains("A time opened up");
            HttpResponse<String> continued = http.send(post(test.base() + "/offers/start",
                    "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&_csrf=" + csrfOf(landing)),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(continued.statusCode()).isEqualTo(303);
            HttpResponse<String> offerPage = http.send(HttpRequest.newBuilder(
                    URI.create(test.base() + "/offers/current")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(offerPage.body()).contains("Accept this time");
            return new Client(http, test.base(), csrfOf(offerPage));
        }

        HttpResponse<String> accept(CountDownLatch go) {
            try {
                go.await();
                return http.send(post(base + "/offers/current/accept", "_csrf=" + acceptCsrf),
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static HttpRequest post(String uri, String form) {
            return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        }

        private static String csrfOf(HttpResponse<String> page) {
            Matcher matcher = CSRF.matcher(page.body());
            assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
            return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        }
    }
}
