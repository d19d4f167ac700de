package com.stillpoint.notification.templates;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.recipients.Recipient;
import com.stillpoint.notification.schedule.MessageContent;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.platform.reference.ClinicProfile;
import com.stillpoint.platform.tenancy.TenantContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every default template, for every kind, channel and language, rendered as a client receives it and compared with
 * its reviewed snapshot in {@code src/test/resources/snapshots}. Each one also proves minimum necessary content:
 * the first name, the clinic, the time where the message is about one, and the link where it carries one; never a
 * treatment, a health word, the therapist, or the client's own address.
 *
 * <p>A new or changed template fails until its snapshot is reviewed: run with {@code -Dsnapshots.update=true} to
 * write the snapshots, read them, and commit them.
 */
class TemplateSnapshotTest extends NotificationIntegrationTest {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots/messages");
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final Instant START = Instant.parse("2030-01-15T18:00:00Z");
    private static final Instant OFFER_EXPIRES = Instant.parse("2030-01-14T02:00:00Z");
    private static final URI LINK = URI.create("https://links.stillpoint.test/m/Zx81-kq2Tt0");
    private static final ClinicProfile CLINIC = new ClinicProfile("harbour-kitsilano", "snapshots",
            "Stillpoint Kitsilano", VANCOUVER, "+1 604-555-0100", "2150 W 4th Ave", Instant.EPOCH);
    /** What the booking knew and no message may say. */
    private static final Set<String> NEVER_SHOWN = Set.of("swedish", "harbour-swedish-60", "maya", "ada@example.test",
            "+16045550101", "2150 W 4th Ave");
    private static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.CANADA, "fr", Locale.CANADA_FRENCH);

    @Autowired
    MessageRenderer renderer;

    static Stream<Arguments> everyTemplate() {
        return MessageTemplates.LANGUAGES.stream().flatMap(language -> Stream.of(MessageKind.values())
                .flatMap(kind -> kind.channels().stream().map(channel -> Arguments.of(language, kind, channel))));
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyTemplate")
    void rendersAsReviewedWithOnlyTheMinimumNecessary(String language, MessageKind kind, Channel channel)
            throws IOException {
        URI link = carriesALink(kind) ? LINK : null;
        String text = render(language, kind, channel, link);

        assertThat(text).contains("Ada").contains("Stillpoint Kitsilano");
        if (showsTheTime(kind)) {
            assertThat(text).contains("2030").contains(language.equals("fr") ? "10 h 00" : "10:00");
        }
        if (link != null) {
            assertThat(text).contains(LINK.toString());
        }
        assertThat(TemplatePolicy.healthTermsIn(text)).isEmpty();
        NEVER_SHOWN.forEach(secret -> assertThat(text).doesNotContainIgnoringCase(secret));
        if (channel == Channel.SMS) {
            assertThat(text.length()).as("a text of a few segments at most").isLessThanOrEqualTo(400);
        }
        assertMatchesSnapshot(Path.of(language, MessageTemplates.fileNameOf(kind, channel)), text);
    }

    @ParameterizedTest
    @EnumSource(value = MessageKind.class, names = {"CONFIRMATION", "REMINDER", "RESCHEDULE_NOTICE", "CANCEL_REPLY"})
    void withoutAManageLinkTheClientIsToldToCallTheClinic(MessageKind kind) {
        for (String language : MessageTemplates.LANGUAGES) {
            for (Channel channel : kind.channels()) {
                String text = render(language, kind, channel, null);
                if (channel == Channel.EMAIL || kind == MessageKind.CANCEL_REPLY) {
                    assertThat(text).as(language + " " + kind + " " + channel).contains("+1 604-555-0100");
                }
                assertThat(text).doesNotContain("null").doesNotContain("https://");
            }
        }
    }

    private String render(String language, MessageKind kind, Channel channel, URI link) {
        Recipient ada = new Recipient("client-ada", "snapshots", "Ada", "ada@example.test", "+16045550101",
                LANGUAGES.get(language).toLanguageTag(), VANCOUVER, Set.of(Channel.EMAIL, Channel.SMS), Channel.SMS,
                Map.of(), Instant.EPOCH);
        MessageContent content = new MessageContent(CLINIC.id(), START, null,
                kind == MessageKind.WAITLIST_OFFER ? OFFER_EXPIRES : null);
        MessageRenderer.Rendered rendered = TenantContext.callAs("snapshots",
                () -> renderer.render(kind, channel, content, ada, CLINIC, link));
        return (rendered.subject() == null ? "" : "Subject: " + rendered.subject() + "\n\n") + rendered.body();
    }

    private static boolean carriesALink(MessageKind kind) {
        return !Set.of(MessageKind.CANCEL_NOTICE, MessageKind.NO_SHOW_FOLLOW_UP, MessageKind.REBOOKING_NUDGE)
                .contains(kind);
    }

    private static boolean showsTheTime(MessageKind kind) {
        return !Set.of(MessageKind.SURVEY_LINK, MessageKind.REBOOKING_NUDGE).contains(kind);
    }

    /** Compares with spaces normalised, so a JDK whose locale data uses narrow no-break spaces reads the same. */
    private static void assertMatchesSnapshot(Path name, String text) throws IOException {
        Path file = SNAPSHOTS.resolve(name);
        if (Boolean.getBoolean("snapshots.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("No snapshot " + file + ": run with -Dsnapshots.update=true, review it, commit it");
        }
        assertThat(spaces(text)).isEqualTo(spaces(Files.readString(file, StandardCharsets.UTF_8).stripTrailing()));
    }

    private static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
