package com.stillpoint.notification.channels;

/**
 * What came of handing a message to its provider, through the resilience guards.
 *
 * @param providerId the provider's id of the message, when {@link Outcome#SENT}
 * @param detail     why, for anything but {@code SENT}: our words and the provider's code, never its free text
 */
public record DeliveryResult(Outcome outcome, String providerId, String detail) {

    public enum Outcome {
        SENT,
        /** Refused for good: don't retry. */
        REFUSED,
        /** Refused because the client opted out at the provider itself. */
        RECIPIENT_OPTED_OUT,
        /** Not taken, even after the quick retries: try again later. */
        UNAVAILABLE,
        /** The channel's circuit is open: the provider is down, nothing was attempted. */
        CIRCUIT_OPEN,
        /** Perhaps taken: ask the provider before anything else. */
        AMBIGUOUS,
        /** The last check before the call said not to send after all. */
        VETOED
    }

    static DeliveryResult sent(String providerId) {
        return new DeliveryResult(Outcome.SENT, providerId, null);
    }

    static DeliveryResult of(Outcome outcome, String detail) {
        return new DeliveryResult(outcome, null, detail);
    }
}
