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
 *   <li>{@code stillpoint.notification.reminders.overdue}: those of them waiting longer than
 *       {@code stillpoint.notification.overdue-after}: the dispatchers are behind, or stopped.</li>
 * </ul>
 */
@Component
class DispatchMetrics {

    private final MeterRegistry registry;

    DispatchMetrics(MeterRegistry registry, ScheduledMessages messages, Clock clock, NotificationProperties properties) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            Gauge.builder("stillpoint.notification.reminders.due",
                            () -> messages.remindersWaitingAcrossChains(channel, clock.instant()))
                    .description("Reminders due and not yet taken by a dispatcher")
                    .tag("channel", tagOf(channel))
                    .register(registry);
            Gauge.builder("stillpoint.notification.reminders.overdue",
                            () -> messages.remindersWaitingAcrossChains(channel,
                                    clock.instant().minus(properties.overdueAfter())))
                    .description("Reminders waiting for a dispatcher longer than they should")
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
