package com.stillpoint.notification;

import com.stillpoint.notification.schedule.ReminderRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * How notification-service schedules and sends messages. Defaults are in application.yml.
 *
 * @param emailFrom      the sender of every email
 * @param publicBaseUrl  where providers and mail clients reach this service (status callbacks, SMS replies,
 *                       unsubscribe); webhook signatures are checked against it, never against a request's Host
 * @param lease          how long a dispatcher holds a message it claimed; after that another may take it over, so it
 *                       must outlast the longest guarded provider call (permit waits, retries, read timeouts)
 * @param dispatchThreads how many messages one instance sends at once
 * @param maxAttempts    provider calls per message before it is {@code FAILED}
 * @param retryBackoff   the wait before the first durable retry; each next one doubles, up to {@code maxRetryBackoff}
 * @param catchUp        how far back a dispatcher with no watermark yet looks for due messages
 * @param overdueAfter   how late a reminder may go out and still count as on time; one not sent by then is
 *                       overdue (the {@code stillpoint.notification.reminders.overdue} gauge). Due messages are
 *                       polled by the minute, so it must be well over a minute.
 * @param reminders      the reminder policy of clinics that have not set their own
 */
@ConfigurationProperties("stillpoint.notification")
public record NotificationProperties(
        String emailFrom,
        URI publicBaseUrl,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("4") int dispatchThreads,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration retryBackoff,
        @DefaultValue("30m") Duration maxRetryBackoff,
        @DefaultValue("1d") Duration catchUp,
        @DefaultValue("5m") Duration overdueAfter,
        @DefaultValue QuietHoursSettings quietHours,
        List<ReminderRule> reminders,
        @DefaultValue FollowUps followUps,
        Sms sms) {

    /** Quiet hours in each client's own zone. */
    public record QuietHoursSettings(@DefaultValue("21:00") LocalTime start, @DefaultValue("08:00") LocalTime end) {
    }

    /**
     * When follow-ups go out.
     *
     * @param intakeNudgeBefore  how long before the appointment an unfinished intake is nudged
     * @param rebookingNudgeAfter how long after a plan session the client is nudged to book the next one
     * @param noShowFollowUpAfter how long after the start of a missed session the client hears from the clinic
     */
    public record FollowUps(@DefaultValue("24h") Duration intakeNudgeBefore,
                            @DefaultValue("48h") Duration rebookingNudgeAfter,
                            @DefaultValue("3h") Duration noShowFollowUpAfter) {
    }

    /**
     * The Twilio-compatible SMS API.
     *
     * @param readTimeout     how long to wait for the provider's answer; after that the send is ambiguous and the
     *                        provider is asked about it before any retry
     * @param lookupPageSize  how many of a number's latest messages a lookup reads
     */
    public record Sms(URI baseUrl, String accountSid, String authToken, String from,
                      @DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
                      @DefaultValue("20") int lookupPageSize) {
    }
}
