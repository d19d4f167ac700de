package com.stillpoint.notification.operations;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.platform.correlation.CorrelationId;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operations see of the service: the correlation id of a booking request at the SMS provider, and the
 * metrics of sends, waiting reminders, provider breakers and Kafka clients on the Prometheus endpoint.
 */
class OperationsMetricsTest extends NotificationIntegrationTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    /** Failures of earlier tests may have opened the provider's breaker; these tests start from a closed one. */
    @BeforeEach
    void closeTheProvidersBreaker() {
        circuitBreakers.circuitBreaker("sms").reset();
    }

    @Test
    void theCorrelationIdOfTheBookingReachesTheSmsProviderWithTheConfirmationAndTheReminderDaysLater() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        AppointmentBooked booked = booked(client, daysAheadAt(5, 10, VANCOUVER));
        String bookingRequest = "booking-request-" + UUID.randomUUID().toString().substring(0, 8);
        try (CorrelationId.Scope request = CorrelationId.resume(bookingRequest)) {
            publish(booked);
        }

        await().until(() -> sms.textsTo(client.phone()).size() == 1);
        assertThat(sms.correlationIdsTo(client.phone())).containsExactly(bookingRequest);

        ScheduledMessage reminder = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
        assertThat(reminder.correlationId()).isEqualTo(bookingRequest);
        timePasses(reminder.dueAt());
        await().until(() -> findMessage(reminder.id()).status() == MessageStatus.SENT);
        assertThat(sms.correlationIdsTo(client.phone())).hasSizeGreaterThanOrEqualTo(2).containsOnly(bookingRequest);
    }

    @Test
    void sendsAreCountedByChannelAndOutcome() {
        double sentBefore = sends("sms", "sent");
        double notTakenBefore = sends("sms", "unavailable") + sends("sms", "circuit-open");
        TestClient reached = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        TestClient failing = newClient(EnumSet.of(Channel.SMS), Channel.SMS);

        publish(booked(reached, daysAheadAt(6, 10, VANCOUVER)));
        await().until(() -> sends("sms", "sent") > sentBefore);
        sms.failFor(503, failing.phone());
        publish(booked(failing, daysAheadAt(6, 11, VANCOUVER)));

        // A failing provider is "unavailable", or "circuit-open" once its failures opened the breaker.
        await().until(() -> sends("sms", "unavailable") + sends("sms", "circuit-open") > notTakenBefore);
    }

    @Test
    void remindersDueButNotYetTakenAndRemindersNotSentLongAfterTheirTimeAreGaugedByChannel() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        AppointmentBooked booked = booked(client, daysAheadAt(7, 10, VANCOUVER));
        publish(booked);
        ScheduledMessage reminder = awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);

        // Within its due minute: the poller takes a minute's messages only once the minute is over.
        clock.advanceTo(reminder.dueAt().plusSeconds(30));
        assertThat(findMessage(reminder.id()).status()).isEqualTo(MessageStatus.SCHEDULED);
        assertThat(reminders("due", "sms")).isGreaterThanOrEqualTo(1);

        sms.failFor(503, client.phone());
        clock.advanceTo(reminder.dueAt().plus(Duration.ofMinutes(3)));
        await().until(() -> findMessage(reminder.id()).attempts() > 0);
        assertThat(findMessage(reminder.id()).status()).isIn(MessageStatus.SCHEDULED, MessageStatus.SENDING);
        assertThat(reminders("overdue", "sms")).isGreaterThanOrEqualTo(1);

        sms.restore();
        timePasses(reminder.dueAt().plus(Duration.ofMinutes(10)));
        await().until(() -> findMessage(reminder.id()).status() == MessageStatus.SENT);
    }

    @Test
    void theProviderBreakersAndTheKafkaClientsReportOnThePrometheusEndpoint() {
        aClinicInVancouver();

        String scrape = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build()
                .get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape).contains("resilience4j_circuitbreaker_state{", "name=\"sms\"", "name=\"email\"")
                .contains("kafka_consumer_fetch_manager_records_lag_max{")
                .contains("kafka_producer_record_send_total{")
                .contains("stillpoint_notification_reminders_due{channel=\"sms\"")
                .contains("stillpoint_notification_reminders_overdue{channel=\"email\"");
    }

    private double sends(String channel, String outcome) {
        Counter counter = registry.find("stillpoint.notification.sends").tags("channel", channel, "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private double reminders(String which, String channel) {
        return registry.get("stillpoint.notification.reminders." + which).tag("channel", channel).gauge().value();
    }
}
