package com.stillpoint.notification.schedule;

import java.time.Instant;

/**
 * What a message talks about, captured when it is scheduled. Minimum necessary: the clinic, the time and a link;
 * never the service booked or anything about the client's health. Times are shown in the clinic's zone.
 *
 * @param sealedLink the client's link, still sealed; opened only to render the message, or {@code null}
 */
public record MessageContent(String clinicId, Instant appointmentStartsAt, String sealedLink) {
}
