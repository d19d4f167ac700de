package com.stillpoint.console.deadletters;

import com.stillpoint.console.support.ConsoleTest;
import com.stillpoint.console.support.StaffSession;
import com.stillpoint.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dead-letter page against the embedded broker: the metadata of each dead letter but never its payload, a
 * replay that puts the record back on its original topic with its key, value and event headers, at most once,
 * and who may see which chain's records.
 */
class DeadLetterPageTest extends ConsoleTest {

    @Test
    void aChainAdminSeesTheMetadataOfTheirChainsDeadLetterAndReplaysItOnce() {
        DeadLetterSent letter = deadLetter(HARBOUR);
        StaffSession admin = StaffSession.signIn(console(), "chain.admin", "/dead-letters");

        HttpResponse<String> page = admin.get("/dead-letters");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(letter.eventId(), "appointment.booked.v1", "booking.appointments / 0 / 42",
                        "booking.appointments.DLT / " + letter.partition() + " / " + letter.offset(),
                        "org.springframework.kafka.listener.ListenerExecutionFailedException")
                .doesNotContain("payload-marker", "exception-marker", "ada@example.test", letter.key());

        HttpResponse<String> replayed = admin.submit("/dead-letters/replay", page, replayOf(letter));
        assertThat(replayed.body()).contains("Replayed appointment.booked.v1 to booking.appointments.")
                .contains("Replayed by chain.admin");
        try (TopicReader original = TopicReader.of(bootstrapServers, "booking.appointments")) {
            ConsumerRecord<String, String> record = original.awaitRecord(
                    candidate -> letter.eventId().equals(TopicReader.header(candidate, "ce_id")));
            assertThat(record.key()).isEqualTo(letter.key());
            assertThat(record.value()).isEqualTo(letter.value());
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo("appointment.booked.v1");
            assertThat(TopicReader.header(record, "ce_chainid")).isEqualTo(HARBOUR);
            assertThat(record.headers().lastHeader("kafka_dlt-original-topic")).isNull();

            HttpResponse<String> again = admin.submit("/dead-letters/replay", page, replayOf(letter));
            assertThat(again.body()).contains("Already replayed by chain.admin");
            assertThat(original.readNow(candidate -> letter.eventId().equals(TopicReader.header(candidate, "ce_id"))))
                    .hasSize(1);
        }
    }

    @Test
    void aReplayWithoutTheFormsCsrfTokenIsRefused() {
        DeadLetterSent letter = deadLetter(HARBOUR);
        StaffSession admin = StaffSession.signIn(console(), "chain.admin", "/dead-letters");

        assertThat(admin.submitWithoutToken("/dead-letters/replay", replayOf(letter)).statusCode()).isEqualTo(403);
        assertThat(admin.get("/dead-letters").body()).as("the letter can still be replayed")
                .contains("aria-label=\"Replay event " + letter.eventId() + "\"");
    }

    @Test
    void aChainAdminNeitherSeesNorReplaysAnotherChainsDeadLettersWhileTheOperatorSeesAll() {
        DeadLetterSent harbours = deadLetter(HARBOUR);
        DeadLetterSent summits = deadLetter(SUMMIT);
        StaffSession harbourAdmin = StaffSession.signIn(console(), "chain.admin", "/dead-letters");
        StaffSession operator = StaffSession.signIn(console(), "summit.admin", "/dead-letters");

        HttpResponse<String> harbourPage = harbourAdmin.get("/dead-letters");
        assertThat(harbourPage.body()).contains(harbours.eventId()).doesNotContain(summits.eventId());
        assertThat(harbourAdmin.submit("/dead-letters/replay", harbourPage, replayOf(summits)).statusCode())
                .isEqualTo(404);
        assertThat(operator.get("/dead-letters").body()).contains(harbours.eventId(), summits.eventId());
    }

    @Test
    void onlyChainAdminsOpenTheDeadLetterPage() {
        StaffSession clinicAdmin = StaffSession.signIn(console(), "clinic.admin", "/dashboard");

        assertThat(clinicAdmin.get("/dead-letters").statusCode()).isEqualTo(403);
    }

    private static Map<String, String> replayOf(DeadLetterSent letter) {
        return Map.of("topic", "booking.appointments.DLT", "partition", Integer.toString(letter.partition()),
                "offset", Long.toString(letter.offset()));
    }
}
