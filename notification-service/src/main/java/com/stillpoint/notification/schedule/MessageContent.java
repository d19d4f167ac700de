package com.stillpoint.notification.schedule;

import java.time.Instant;

/**
 * What a message talks about, captured when it is scheduled. Minimum necessary: the clinic, a time and a link;
 * never the service booked or anything about the client's health. Times are shown in the clinic's zone.
 *
 * @param appointmentStartsAt the appointment (or offered slot) the message is about
 * @param sealedLink          the client's link, still sealed; opened only to render the message, or {@code null}
 * @param expiresAt           when the link or offer stops working; a message still unsent by then is dropped.
 *                            {@code null} if it doesn't expire
 */
public record MessageContent(String clinicId, Instant appointmentStartsAt, String sealedLink, Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    MessageContent movedTo(Instant startsAt, Instant newExpiry) {
        return new MessageContent(clinicId, startsAt, sealedLink, newExpiry);
    }
}
