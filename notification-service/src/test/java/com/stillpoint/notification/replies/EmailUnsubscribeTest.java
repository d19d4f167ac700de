package com.stillpoint.notification.replies;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.Topics;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.notification.ClientReplied;
import com.stillpoint.contracts.notification.ClientReply;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.testing.TopicReader;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every email can be unsubscribed from in one click (RFC 8058), and the client's choice reaches booking-service. */
class EmailUnsubscribeTest extends NotificationIntegrationTest {

    private static final Pattern LINK = Pattern.compile("<" + Pattern.quote(PUBLIC_BASE_URL) + "(/unsubscribe\\?token=[A-Za-z0-9_-]+)>");

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void oneClickUnsubscribesFromEmailAndTellsBookingService() throws Exception {
        TestClient client = newClient(EnumSet.of(Channel.EMAIL), Channel.EMAIL);
        publish(booked(client, daysAheadAt(5, 10, VANCOUVER)));
        await().until(() -> mailsTo(client.email()).size() == 1);
        MimeMessage confirmation = mailsTo(client.email()).get(0);
        assertThat(confirmation.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        Matcher link = LINK.matcher(confirmation.getHeader("List-Unsubscribe")[0]);
        assertThat(link.matches()).isTrue();
        String path = link.group(1);

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(local(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"").contains("Unsubscribe");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline"));

        try (TopicReader replies = TopicReader.of(bootstrapServers, Topics.NOTIFICATIONS.name())) {
            HttpResponse<String> oneClick = browser.send(HttpRequest.newBuilder(local(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(oneClick.statusCode()).isEqualTo(200);

            ClientReplied replied = eventJson.read(replies.awaitRecord(record -> record.key().equals(client.id())).value(),
                    ClientReplied.class);
            assertThat(replied.reply()).isEqualTo(ClientReply.STOP);
            assertThat(replied.channel()).isEqualTo(Channel.EMAIL);
        }

        AppointmentBooked next = booked(client, daysAheadAt(6, 10, VANCOUVER));
        publish(next);
        ScheduledMessage unsent = awaitMessage(next.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.EMAIL);
        await().until(() -> findMessage(unsent.id()).status() == MessageStatus.SKIPPED);
        assertThat(mailsTo(client.email())).hasSize(1);
    }

    @Test
    void aLinkThatIsNotOneOfOursOpensNothing() throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(local("/unsubscribe?token=forged")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("couldn't open this link").doesNotContain("<form");
    }

    private URI local(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
