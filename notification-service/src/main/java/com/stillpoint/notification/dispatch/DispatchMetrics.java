package com.stillpoint.notification.dispatch;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.notification.channels.DeliveryResult;
import com.stillpoint.notification.schedule.ScheduledMessages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;

/**
 * What the dispatcher does, for the operations dashboard and alerts, tagged by channel:
 * <ul>
 *   <li>{@code stillpoint.notification.sends}: provider calls by {@code outcome} ({@code sent}, {@code refused},
 *       {@code unavailable}, {@code circuit-open}, {@code ambiguous}, ...);</li>
 *   <li>{@code stillpoint.notification.reminders.due}: reminders due now and waiting for a dispatcher;</li>
 *   <li>{@code stillpoint.notification.reminders.overdue}: reminders still not sent
 *       {@code stillpoint.notification.overdue-after} after they were meant to go out: the dispatchers are behind
 *       or stopped, or the provider keeps failing.</li>
 * </ul>
 */
@Component
class DispatchMetrics {

    private final MeterRegistry registry;

    DispatchMetrics(MeterRegistry registry, ScheduledMessages messages, Clock clock, NotificationProperties properties) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            Gauge.builder("stillpoint.notification.reminders.due",
                            () -> messages.remindersDueAcrossChains(channel, clock.instant()))
                    .description("Reminders due and not yet taken by a dispatcher")
                    .tag("channel", tagOf(channel))
                    .register(registry);
            Gauge.builder("stillpoint.notification.reminders.overdue",
                            () -> messages.remindersOverdueAcrossChains(channel,
                                    clock.instant().minus(properties.overdueAfter())))
                    .description("Reminders not sent a while after they were meant to go out")
                    .tag("channel", tagOf(channel))
                    .register(registry);
        }
    }

    void called(Channel channel, DeliveryResult.Outcome outcome) {
        Counter.builder("stillpoint.notification.sends")
                .description("Provider calls, by channel and outcome")
                .tag("channel", tagOf(channel))
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .register(registry)
                .increment();
    }

    private static String tagOf(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
