package com.stillpoint.notification.schedule;

/** Where a scheduled message is. Only {@code SCHEDULED} messages are ever claimed, and {@code SENDING} ones whose lease ran out. */
public enum MessageStatus {
    SCHEDULED,
    /** Claimed by one dispatcher until its lease ends. */
    SENDING,
    SENT,
    /** Not sent on purpose, e.g. the client did not allow the channel. */
    SKIPPED,
    /** Its appointment was cancelled or moved before it was due. */
    CANCELLED,
    /** Given up after its retries; an administrator can look at it and retry it. */
    FAILED
}
