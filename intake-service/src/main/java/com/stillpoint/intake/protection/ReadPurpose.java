package com.stillpoint.intake.protection;

/** Why health data was opened: the "why" of every audit entry. */
public enum ReadPurpose {
    /** The client opened a step of their own form again, to see or change what they had typed. */
    CLIENT_CONTINUING_FORM,
    /** The client submitted their form; it is checked and evaluated once. */
    CLIENT_SUBMITTING_FORM,
    /** The appointment's therapist read the intake to prepare the session or review contraindications. */
    SESSION_PREPARATION,
    /** A therapist of the treatment plan read its outcome scores. */
    OUTCOME_REVIEW,
    /** The service compared a new survey with the plan's earlier ones to spot a worsening trend. */
    TREND_EVALUATION
}
