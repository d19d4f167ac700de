package com.stillpoint.notification.schedule;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.notification.NotificationApplication;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.messaging.CloudEventRecords;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = NotificationApplication.class, properties = "stillpoint.notification.poll-interval=500ms")
class ConfirmationAndRemindersTest {

    private static final String CHAIN = "harbour";
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    KafkaOperations<Object, Object> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    ScheduledMessages messages;
    @Autowired
    LinkSealer linkSealer;

    String clientId;
    String email;

    @BeforeEach
    void aKnownClientAndClinic() throws Exception {
        clientId = "client-" + UUID.randomUUID();
        email = clientId + "@example.test";
        publish(new ClinicChanged(UUID.randomUUID(), Instant.now(), CHAIN, "harbour-kitsilano", "Stillpoint Kitsilano",
                VANCOUVER, "+16045550100", "2150 W 4th Ave"));
        publish(new ClientProfileChanged(UUID.randomUUID(), Instant.now(), CHAIN, clientId, "Ada", email,
                "+16045550101", Locale.CANADA, VANCOUVER, Set.of(Channel.EMAIL, Channel.SMS), Channel.EMAIL, Map.of()));
    }

    @Test
    void aBookingIsConfirmedOnceByEmailAndItsRemindersAreScheduled() throws Exception {
        Instant start = Instant.parse("2030-01-15T18:00:00Z");
        AppointmentBooked booked = booked(start);
        publish(booked);
        publish(booked);

        MimeMessage confirmation = awaitMails(1).get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Your appointment at Stillpoint Kitsilano is confirmed");
        String body = GreenMailUtil.getBody(confirmation);
        assertThat(body).contains("Hi Ada").contains("Stillpoint Kitsilano").contains("January 15, 2030")
                .contains("10:00").contains("Pacific").doesNotContainIgnoringCase("swedish");

        ScheduledMessage emailReminder = message(booked, MessageKind.REMINDER, Channel.EMAIL);
        ScheduledMessage smsReminder = message(booked, MessageKind.REMINDER, Channel.SMS);
        assertThat(emailReminder.dueAt()).isEqualTo(start.minus(Duration.ofHours(48)));
        assertThat(smsReminder.dueAt()).isEqualTo(start.minus(Duration.ofHours(24)));
        assertThat(List.of(emailReminder.status(), smsReminder.status())).containsOnly(MessageStatus.SCHEDULED);

        publishProbeAndAwaitItsMail();
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void cancellingTheAppointmentCancelsItsPendingReminders() throws Exception {
        AppointmentBooked booked = booked(Instant.parse("2030-02-20T18:00:00Z"));
        publish(booked);
        await().until(() -> findMessage(booked, MessageKind.REMINDER, Channel.SMS) != null);

        publish(new AppointmentCancelled(UUID.randomUUID(), Instant.now(), CHAIN, booked.appointmentId(), 3,
                clientId, "harbour-kitsilano", booked.startsAt(), VANCOUVER, false, "CLIENT"));

        await().untilAsserted(() -> {
            assertThat(message(booked, MessageKind.REMINDER, Channel.EMAIL).status()).isEqualTo(MessageStatus.CANCELLED);
            assertThat(message(booked, MessageKind.REMINDER, Channel.SMS).status()).isEqualTo(MessageStatus.CANCELLED);
        });
    }

    @Test
    void anIntakeRequestSendsTheClientTheirLink() throws Exception {
        URI link = URI.create("http://localhost:8082/intake/start?token=" + UUID.randomUUID());
        publish(new IntakeRequested(UUID.randomUUID(), Instant.now(), CHAIN, "appt-x", "appt-" + UUID.randomUUID(),
                clientId, "harbour-kitsilano", linkSealer.seal(link), Instant.parse("2030-03-01T18:00:00Z")));

        MimeMessage mail = awaitMails(1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Before your appointment at Stillpoint Kitsilano");
        assertThat(GreenMailUtil.getBody(mail)).contains(link.toString());
    }

    private void publishProbeAndAwaitItsMail() throws Exception {
        String before = clientId;
        aKnownClientAndClinic();
        publish(booked(Instant.parse("2030-01-16T18:00:00Z")));
        await().until(() -> mailsTo(email).size() == 1);
        clientId = before;
        email = before + "@example.test";
    }

    private AppointmentBooked booked(Instant start) {
        return new AppointmentBooked(UUID.randomUUID(), Instant.now(), CHAIN, "appt-" + UUID.randomUUID(), 2, clientId,
                "harbour-kitsilano", "harbour-maya", "harbour-kits-1", "harbour-swedish-60", "SWEDISH", start,
                start.plus(Duration.ofHours(1)), VANCOUVER, null, null);
    }

    private ScheduledMessage message(AppointmentBooked booked, MessageKind kind, Channel channel) {
        await().until(() -> findMessage(booked, kind, channel) != null);
        return findMessage(booked, kind, channel);
    }

    private ScheduledMessage findMessage(AppointmentBooked booked, MessageKind kind, Channel channel) {
        return TenantContext.callAs(CHAIN, () -> messages.find(
                ScheduledMessage.keyOf(booked.appointmentId(), booked.appointmentVersion(), kind, channel)).orElse(null));
    }

    private List<MimeMessage> awaitMails(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() >= count);
        return mailsTo(email);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void publish(IntegrationEvent event) throws Exception {
        kafka.send(CloudEventRecords.of(event, eventJson, "/test")).get();
    }
}
