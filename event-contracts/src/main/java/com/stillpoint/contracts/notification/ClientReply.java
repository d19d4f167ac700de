package com.stillpoint.contracts.notification;

/** What a client's SMS reply asks for. */
public enum ClientReply {
    /** {@code C} or {@code YES}: they will come. */
    CONFIRM,
    /** {@code X} or {@code CANCEL}: they want to cancel (the reply brings a link that shows the policy). */
    CANCEL,
    /** {@code STOP}, {@code ARRET} or {@code UNSUBSCRIBE}: no more SMS, at once. */
    STOP,
    /** {@code START}: SMS again. */
    START
}
