package com.stillpoint.notification.operations;

import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;
import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.testing.TestIssuer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reminder on-time rate and the text failure rate the admin console shows, computed from real sends: one
 * reminder on time, one sent late after the provider failed, one refused by the provider.
 */
class DashboardFiguresTest extends NotificationIntegrationTest {

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    private static final String ON_TIME = "reminder-on-time-rate";
    private static final String SMS_FAILURES = "sms-failure-rate";

    @Test
    void remindersOnTimeAndFailedTextsAreCountedPerClinic() {
        TestClient onTime = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        TestClient late = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        TestClient refused = newClient(EnumSet.of(Channel.SMS), Channel.SMS);
        ScheduledMessage first = bookAndAwaitTextReminder(onTime, 9);
        ScheduledMessage second = bookAndAwaitTextReminder(late, 10);
        ScheduledMessage third = bookAndAwaitTextReminder(refused, 11);
        LocalDate day = LocalDate.ofInstant(first.plannedFor(), ZoneOffset.UTC);
        // Failures of earlier tests may have opened the provider's breaker; this test counts from a closed one.
        circuitBreakers.circuitBreaker("sms").reset();
        Map<String, List<Long>> before = figures(chainAdmin(), day);

        timePasses(first.dueAt());
        await().until(() -> findMessage(first.id()).status() == MessageStatus.SENT);
        sms.failFor(503, late.phone());
        timePasses(second.dueAt());
        await().until(() -> findMessage(second.id()).attempts() > 0
                && findMessage(second.id()).status() == MessageStatus.SCHEDULED);
        sms.restore();
        sms.refuseFor(refused.phone(), 21211);
        timePasses(second.dueAt().plus(Duration.ofMinutes(10)));
        await().until(() -> findMessage(second.id()).status() == MessageStatus.SENT);
        timePasses(third.dueAt());
        await().until(() -> findMessage(third.id()).status() == MessageStatus.FAILED);
        // Reminders count once they were to go out by now (grace included).
        timePasses(third.dueAt().plus(Duration.ofMinutes(5)));

        Map<String, List<Long>> after = figures(chainAdmin(), day);
        assertThat(difference(before, after, ON_TIME)).as("on time, of reminders due").containsExactly(1L, 3L);
        assertThat(difference(before, after, SMS_FAILURES)).as("failed, of texts settled").containsExactly(1L, 3L);
        assertThat(clinicOf(chainAdmin(), day).get("clinicName")).isEqualTo("Stillpoint Kitsilano");
        assertThat(figures(TestIssuer.get().staffToken("summit.admin", "summit", List.of("CHAIN_ADMIN"), List.of(),
                null), day)).as("another chain").isEmpty();
        assertThat(figures(TestIssuer.get().staffToken("clinic.admin", CHAIN, List.of("CLINIC_ADMIN"),
                List.of("harbour-gastown"), null), day)).as("a clinic admin of another clinic").isEmpty();
    }

    private ScheduledMessage bookAndAwaitTextReminder(TestClient client, int hour) {
        AppointmentBooked booked = booked(client, daysAheadAt(9, hour, VANCOUVER));
        publish(booked);
        return awaitMessage(booked.appointmentId(), 2, MessageKind.REMINDER, Channel.SMS);
    }

    private static String chainAdmin() {
        return TestIssuer.get().staffToken("chain.admin", CHAIN, List.of("CHAIN_ADMIN"), List.of(), null);
    }

    /** Per figure, this test's clinic's count and total on the day; empty if the caller sees no clinic. */
    private Map<String, List<Long>> figures(String token, LocalDate day) {
        Map<?, ?> clinic = clinicOf(token, day);
        return clinic.isEmpty() ? Map.of() : shares((Map<?, ?>) clinic.get("figures"));
    }

    /** This test's clinic in the day's report; empty if the caller sees no clinic. */
    private Map<?, ?> clinicOf(String token, LocalDate day) {
        Map<?, ?> report = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build()
                .get().uri("/api/notification/figures?from={d}&to={d}", day, day)
                .header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isOk().returnResult(Map.class).getResponseBody();
        return ((List<?>) report.get("clinics")).stream().map(Map.class::cast)
                .filter(clinic -> CLINIC.equals(clinic.get("clinicId")))
                .findFirst()
                .<Map<?, ?>>map(clinic -> clinic)
                .orElse(Map.of());
    }

    private static Map<String, List<Long>> shares(Map<?, ?> figures) {
        return Map.of(ON_TIME, share(figures.get(ON_TIME)), SMS_FAILURES, share(figures.get(SMS_FAILURES)));
    }

    private static List<Long> share(Object figure) {
        if (figure == null) {
            return List.of(0L, 0L);
        }
        Map<?, ?> share = (Map<?, ?>) figure;
        return List.of(((Number) share.get("count")).longValue(), ((Number) share.get("of")).longValue());
    }

    private static List<Long> difference(Map<String, List<Long>> before, Map<String, List<Long>> after, String figure) {
        List<Long> was = before.getOrDefault(figure, List.of(0L, 0L));
        List<Long> now = after.get(figure);
        return List.of(now.get(0) - was.get(0), now.get(1) - was.get(1));
    }
}
