package com.stillpoint.localstack.sms;

import java.net.URI;
import java.time.Instant;

/**
 * A text message a service sent through the sink. Immutable: a status change makes a new one.
 *
 * @param sid            Twilio's message id format, {@code SM} and 32 hex digits
 * @param statusCallback where status changes are reported, or {@code null}
 */
public record SmsMessage(String sid,
                         String accountSid,
                         String to,
                         String from,
                         String body,
                         SmsStatus status,
                         URI statusCallback,
                         Instant createdAt,
                         Instant updatedAt) {

    SmsMessage delivered(Instant at) {
        return new SmsMessage(sid, accountSid, to, from, body, SmsStatus.DELIVERED, statusCallback, createdAt, at);
    }
}
