package com.stillpoint.notification.schedule;

/**
 * What a provider said about a message after taking it: a status callback, or the answer to a lookup.
 *
 * @param errorCode the provider's error code for a failed delivery, or {@code null}; never its free text, which
 *                  may quote the client's number
 */
public record DeliveryReport(String providerMessageId, Outcome outcome, String errorCode) {

    public enum Outcome {
        /** Taken, on its way. */
        ACCEPTED,
        DELIVERED,
        /** The carrier or mail server gave up on it. */
        UNDELIVERED
    }
}
