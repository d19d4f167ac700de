package com.stillpoint.intake.requests;

/** Where a client's intake for one appointment stands. */
public enum IntakeStatus {
    /** Sent to the client, not yet submitted. */
    OPEN,
    SUBMITTED,
    /** Its appointment was cancelled: the link no longer works. */
    WITHDRAWN
}
