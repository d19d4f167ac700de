package com.stillpoint.intake.requests;

/** What a client may have to do before a session. */
public enum Requirement {
    /** Fill in the intake form: none is valid for the session (too old, or for another modality). */
    INTAKE_FORM,
    /** Sign the current consent: never signed, or a material version was published since. */
    CONSENT
}
