package com.stillpoint.notification.channels;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The SMS provider misbehaves, as providers do; clients still get each message once. */
class ProviderOutageTest extends NotificationIntegrationTest {

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Test
    void duringAnOutageTheBreakerOpensMessagesGoByEmailAndTheBreakerClosesOnceTheProviderRecovers() {
        CircuitBreaker breaker = circuitBreakers.circuitBreaker("sms");
        List<TestClient> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clients.add(newClient(EnumSet.of(Channel.EMAIL, Channel.SMS), Channel.SMS));
        }
        sms.failFor(503, clients.stream().map(TestClient::phone).toArray(String[]::new));

        List<AppointmentBooked> bookings = clients.stream()
                .map(client -> booked(client, daysAheadAt(5, 10, VANCOUVER))).toList();
        bookings.forEach(this::publish);

        await().until(() -> breaker.getState() == CircuitBreaker.State.OPEN);
        await().until(() -> clients.stream().anyMatch(client -> !mailsTo(client.email()).isEmpty()));
        TestClient fellBack = clients.stream().filter(client -> !mailsTo(client.email()).isEmpty()).findFirst().orElseThrow();
        ScheduledMessage confirmation = awaitMessage(bookings.get(clients.indexOf(fellBack)).appointmentId(), 2,
                MessageKind.CONFIRMATION, Channel.SMS);
        await().until(() -> findMessage(confirmation.id()).status() == MessageStatus.SENT);
        assertThat(findMessage(confirmation.id()).sentVia()).isEqualTo(Channel.EMAIL);
        assertThat(findMessage(confirmation.id()).outcome()).isEqualTo("sent by email instead");
        assertThat(sms.textsTo(fellBack.phone())).isEmpty();

        sms.restore();
        await().atMost(Duration.ofSeconds(15)).until(() -> breaker.getState() != CircuitBreaker.State.OPEN);
        TestClient afterwards = newClient(EnumSet.of(Channel.EMAIL, Channel.SMS), Channel.SMS);
        TestClient another = newClient(EnumSet.of(Channel.EMAIL, Channel.SMS), Channel.SMS);
        publish(booked(afterwards, daysAheadAt(5, 11, VANCOUVER)));
        publish(booked(another, daysAheadAt(5, 11, VANCOUVER)));
        await().until(() -> sms.textsTo(afterwards.phone()).size() == 1 && sms.textsTo(another.phone()).size() == 1);
        await().until(() -> breaker.getState() == CircuitBreaker.State.CLOSED);

        timePasses(clock.instant().plus(Duration.ofMinutes(5)));
        await().until(() -> clients.stream().allMatch(client ->
                sms.textsTo(client.phone()).size() + mailsTo(client.email()).size() == 1));
    }

    @Test
    void aSendThatTimedOutIsLookedUpAtTheProviderAndNotSentAgain() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        sms.answerFirstSendLate(client.phone(), 6000);
        AppointmentBooked booked = booked(client, daysAheadAt(5, 10, VANCOUVER));
        publish(booked);
        ScheduledMessage confirmation = awaitMessage(booked.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.SMS);

        await().until(() -> findMessage(confirmation.id()).pendingAttempt() != null
                && findMessage(confirmation.id()).status() == MessageStatus.SCHEDULED);
        assertThat(sms.textsTo(client.phone())).as("the provider took it").hasSize(1);
        timePasses(findMessage(confirmation.id()).dueAt());

        await().until(() -> findMessage(confirmation.id()).status() == MessageStatus.SENT);
        assertThat(sms.requestsTo(client.phone())).as("asked, not sent again").hasSize(1);
        assertThat(sms.textsTo(client.phone())).hasSize(1);
        assertThat(findMessage(confirmation.id()).providerMessageId()).startsWith("SM");
    }

    @Test
    void aSendWhoseConnectionDroppedIsSentAgainOnceTheProviderSaysItNeverGotIt() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        sms.dropFirstConnection(client.phone());
        AppointmentBooked booked = booked(client, daysAheadAt(5, 10, VANCOUVER));
        publish(booked);
        ScheduledMessage confirmation = awaitMessage(booked.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.SMS);

        await().until(() -> findMessage(confirmation.id()).pendingAttempt() != null);
        assertThat(sms.textsTo(client.phone())).isEmpty();
        timePasses(findMessage(confirmation.id()).dueAt());

        await().until(() -> findMessage(confirmation.id()).status() == MessageStatus.SENT);
        assertThat(sms.requestsTo(client.phone())).hasSize(2);
        assertThat(sms.textsTo(client.phone())).hasSize(1);
    }

    @Test
    void aNumberTheProviderRefusesFailsAtOnceWithoutRetries() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        sms.refuseFor(client.phone(), 21211);
        AppointmentBooked booked = booked(client, daysAheadAt(5, 10, VANCOUVER));
        publish(booked);
        ScheduledMessage confirmation = awaitMessage(booked.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.SMS);

        await().until(() -> findMessage(confirmation.id()).status() == MessageStatus.FAILED);
        assertThat(findMessage(confirmation.id()).outcome()).contains("21211");
        assertThat(sms.requestsTo(client.phone())).as("a refusal is not retried").hasSize(1);
    }

    @Test
    void aClientWhoOptedOutAtTheProviderIsOptedOutHereToo() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        sms.refuseFor(client.phone(), 21610);
        AppointmentBooked booked = booked(client, daysAheadAt(5, 10, VANCOUVER));
        publish(booked);
        ScheduledMessage confirmation = awaitMessage(booked.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.SMS);
        ScheduledMessage reminder = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);

        await().until(() -> findMessage(confirmation.id()).status() == MessageStatus.SKIPPED);
        timePasses(reminder.dueAt());
        await().until(() -> findMessage(reminder.id()).status().isFinal());

        assertThat(findMessage(reminder.id()).status()).isEqualTo(MessageStatus.SKIPPED);
        assertThat(sms.requestsTo(client.phone())).hasSize(1);
    }
}
