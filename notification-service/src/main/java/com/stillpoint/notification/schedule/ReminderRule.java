package com.stillpoint.notification.schedule;

import com.stillpoint.contracts.Channel;

import java.time.Duration;

/** One reminder of a clinic's policy: on this channel, this long before the appointment. */
public record ReminderRule(Channel channel, Duration before) {
}
