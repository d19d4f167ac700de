package com.stillpoint.contracts.intake;

/** Where a client's intake and consent stand for an appointment: a status only, never why. */
public enum IntakeReadiness {
    /** Asked for, not yet done. */
    PENDING,
    /** Done, nothing needs a therapist's attention. */
    READY,
    /** Done, and a therapist must review it before the session. */
    REVIEW_NEEDED,
    /** A therapist reviewed it. */
    REVIEWED
}
