package com.stillpoint.intake.forms;

/** What became of a client's attempt to submit a form. */
public sealed interface Submission {

    /** Submitted (now or before). */
    record Submitted() implements Submission {
    }

    /** Not submitted: this step still has a required question unanswered. */
    record Incomplete(FormStep step) implements Submission {
    }
}
