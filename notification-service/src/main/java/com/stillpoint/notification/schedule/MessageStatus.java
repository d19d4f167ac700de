package com.stillpoint.notification.schedule;

/**
 * Where a scheduled message is. Only {@code SCHEDULED} messages that are due are ever claimed, and
 * {@code SENDING} ones whose lease ran out.
 */
public enum MessageStatus {
    SCHEDULED,
    /** Claimed by one dispatcher until its lease ends. */
    SENDING,
    /** The provider accepted it. */
    SENT,
    /** The provider reported it delivered to the client's phone or mail server. */
    DELIVERED,
    /** Not sent on purpose: the client opted out, the appointment moved, the offer expired. */
    SKIPPED,
    /** Its appointment was cancelled or moved before it was due. */
    CANCELLED,
    /** Given up after its retries, or refused by the provider; an administrator can see it and retry it. */
    FAILED;

    public boolean isFinal() {
        return this != SCHEDULED && this != SENDING;
    }
}
