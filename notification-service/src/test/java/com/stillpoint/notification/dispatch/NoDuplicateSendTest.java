package com.stillpoint.notification.dispatch;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.notification.appointments.Appointments;
import com.stillpoint.notification.channels.ResilientDelivery;
import com.stillpoint.notification.recipients.OptOuts;
import com.stillpoint.notification.recipients.SmsAllowance;
import com.stillpoint.notification.replies.EmailUnsubscribes;
import com.stillpoint.notification.replies.SmsThreads;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.notification.templates.MessageRenderer;
import com.stillpoint.notification.webhooks.WebhookUrls;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A client gets each message once: however often its event arrives, however many dispatchers look for work. */
class NoDuplicateSendTest extends NotificationIntegrationTest {

    private static final int CLIENTS = 40;

    @Autowired
    DispatchMetrics metrics;
    @Autowired
    DuePoller poller;
    @Autowired
    Dispatcher dispatcher;
    @Autowired
    OptOuts optOuts;
    @Autowired
    SmsAllowance smsAllowance;
    @Autowired
    Appointments appointments;
    @Autowired
    MessageRenderer renderer;
    @Autowired
    ResilientDelivery delivery;
    @Autowired
    SmsThreads threads;
    @Autowired
    WebhookUrls webhooks;
    @Autowired
    EmailUnsubscribes unsubscribes;
    @Autowired
    NotificationProperties properties;
    @Autowired
    RetryRegistry retries;

    @Test
    void theSameEventDeliveredTwiceSendsOneText() {
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        AppointmentBooked booked = booked(client, daysAheadAt(5, 10, VANCOUVER));

        publish(booked);
        publish(booked);
        ScheduledMessage confirmation = awaitMessage(booked.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.SMS);
        await().until(() -> findMessage(confirmation.id()).status() == MessageStatus.SENT);
        publish(booked);
        TestClient marker = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        AppointmentBooked after = booked(marker, daysAheadAt(5, 11, VANCOUVER));
        publish(after);
        await().until(() -> sms.textsTo(marker.phone()).size() == 1);

        assertThat(sms.textsTo(client.phone())).hasSize(1);
        assertThat(sms.requestsTo(client.phone())).hasSize(1);
    }

    @Test
    void twoDispatchersPollingTheSameDueMinuteSendEachReminderOnce() throws Exception {
        List<TestClient> clients = newTextingClients(CLIENTS);
        Instant start = daysAheadAt(3, 10, VANCOUVER);
        clients.forEach(client -> publish(booked(client, start)));
        await().until(() -> clients.stream().allMatch(client -> sms.textsTo(client.phone()).size() == 1));
        Dispatcher second = anotherDispatcher();

        timePasses(start.minus(Duration.ofHours(24)));
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> pollTogether(together, dispatcher));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> pollTogether(together, second));
        first.get();
        other.get();

        await().until(() -> clients.stream().allMatch(client -> sms.textsTo(client.phone()).size() >= 2));
        assertThat(clients).allSatisfy(client -> {
            assertThat(sms.textsTo(client.phone())).as("confirmation and reminder").hasSize(2);
            assertThat(sms.requestsTo(client.phone())).hasSize(2);
        });
    }

    private int pollTogether(CyclicBarrier together, Dispatcher through) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return poller.pollOnce(through);
    }

    /** A second dispatcher made of the context's own parts: another instance of the service, same database. */
    private Dispatcher anotherDispatcher() {
        return new Dispatcher(messages, recipients, optOuts, smsAllowance, appointments, clinics, renderer, linkSealer,
                delivery, threads, webhooks, unsubscribes, clock, properties, metrics, retries);
    }
}
