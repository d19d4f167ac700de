package com.stillpoint.notification.dispatch;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.testing.TestInfrastructure;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MongoDB goes away after the provider took a message and before the dispatcher stored that. The dispatcher keeps
 * what it learned until MongoDB is back, so the message is recorded as sent at once, not resent once its lease ends
 * (for email, nothing could be asked at the provider first).
 */
class MongoOutageAfterSendTest extends NotificationIntegrationTest {

    @Autowired
    RetryRegistry retries;
    @Autowired
    NotificationProperties properties;

    @Test
    void aSendIsRecordedOnceMongoIsBackAndNeverRepeated() {
        AtomicInteger storeRetries = new AtomicInteger();
        retries.retry("message-store").getEventPublisher().onRetry(retry -> storeRetries.incrementAndGet());
        TestClient client = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        sms.answerFirstSendLate(client.phone(), 2000);
        AppointmentBooked booked = booked(client, daysAheadAt(5, 10, VANCOUVER));
        publish(booked);
        ScheduledMessage confirmation = awaitMessage(booked.appointmentId(), 2, MessageKind.CONFIRMATION, Channel.SMS);

        await().until(() -> sms.textsTo(client.phone()).size() == 1);
        try (TestInfrastructure.Outage mongoDown = TestInfrastructure.forTestClass(getClass()).interruptMongo()) {
            // The driver itself waits out a short outage (server selection, 30 s); this one outlasts that.
            await().atMost(Duration.ofSeconds(45)).until(() -> storeRetries.get() > 0);
        }

        await().until(() -> findMessage(confirmation.id()).status() == MessageStatus.SENT);
        assertThat(findMessage(confirmation.id()).providerMessageId()).startsWith("SM");
        timePasses(clock.instant().plus(properties.lease()).plusSeconds(1));
        await().during(Duration.ofSeconds(2)).until(() -> sms.requestsTo(client.phone()).size() == 1);
        assertThat(findMessage(confirmation.id()).status()).isEqualTo(MessageStatus.SENT);
    }
}
