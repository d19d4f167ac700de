package com.stillpoint.notification.schedule;

/** What a message is for; each kind has its own template and its own place in the schedule. */
public enum MessageKind {
    CONFIRMATION,
    REMINDER,
    INTAKE_LINK
}
