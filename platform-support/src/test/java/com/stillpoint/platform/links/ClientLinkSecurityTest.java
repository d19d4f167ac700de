package com.stillpoint.platform.links;

import com.stillpoint.platform.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages behind client links: a link opens its own purpose only, pages are hardened, and clients are rate-limited. */
@SpringBootTest(classes = LinkPagesTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=link-pages-test", "spring.mongodb.database=link_pages_test",
                "stillpoint.links.session-secret=72WtUdhEnjkAoPFg8cCN/RD+ggzbkj2/dqTVjwq2aHo=",
                "stillpoint.links.secure-cookies=false", "stillpoint.links.requests-per-minute=8"})
class ClientLinkSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    LinkTokens tokens;

    @Test
    void aLinkOpensItsOwnPurposeAndSubjectOnlyOnHardenedPagesUntilTheClientIsThrottled() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = TenantContext.callAs("harbour", () ->
                tokens.issue("survey", "survey-42", Instant.now().plus(1, ChronoUnit.DAYS), true));

        HttpResponse<String> started = send(client, HttpRequest.newBuilder(uri("/survey/start"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token)));
        assertThat(started.body()).isEqualTo("started");
        assertThat(started.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith("sp_link_survey=").contains("HttpOnly").contains("SameSite=Lax"));

        HttpResponse<String> mine = send(client, HttpRequest.newBuilder(uri("/survey/mine")));
        assertThat(mine.body()).isEqualTo("survey-42 of harbour");
        assertThat(mine.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(mine.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        HttpResponse<String> consent = send(client, HttpRequest.newBuilder(uri("/consent/mine")));
        assertThat(consent.statusCode()).as("a survey link opens no consent page").isEqualTo(302);
        assertThat(consent.headers().firstValue("Location")).as("but the consent link's landing")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/consent/start"));
        assertThat(consent.headers().allValues("Set-Cookie")).as("and no server session")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(send(client, HttpRequest.newBuilder(uri("/survey/mine"))).statusCode());
        }
        assertThat(statuses).contains(429);
        HttpResponse<String> throttled = send(client, HttpRequest.newBuilder(uri("/survey/mine")));
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("60");
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
