package com.stillpoint.notification.admin;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.schedule.MessageKind;
import com.stillpoint.notification.schedule.MessageStatus;
import com.stillpoint.notification.schedule.ScheduledMessage;

import java.time.Instant;

/**
 * A scheduled message as staff see it: what, to whom (by client id), when and how it went. Never its text or
 * the client's address.
 */
record MessageView(String id, MessageKind kind, Channel channel, MessageStatus status, String clientId,
                   String clinicId, String appointmentId, Instant dueAt, int attempts, String outcome,
                   Channel sentVia, Instant sentAt) {

    static MessageView of(ScheduledMessage message) {
        return new MessageView(message.id(), message.kind(), message.channel(), message.status(),
                message.recipientId(), message.content().clinicId(), message.appointmentId(), message.dueAt(),
                message.attempts(), message.outcome(), message.sentVia(), message.sentAt());
    }
}
