package com.stillpoint.intake.pages;

/** The button a client pressed on a step. Every one of them saves what the step holds first. */
enum StepAction {
    /** Save and go on (the last step submits); required questions must be answered. */
    NEXT,
    /** Save and go back one step. */
    BACK,
    /** Save and stop here; the client comes back later. */
    SAVE,
    /** Clear the optional step's answers and go on. */
    SKIP;

    /** Whether the client leaves the step forwards, which completes it. */
    boolean movesOn() {
        return this == NEXT || this == SKIP;
    }

    static StepAction of(String name) {
        for (StepAction action : values()) {
            if (action.name().equalsIgnoreCase(name)) {
                return action;
            }
        }
        return NEXT;
    }
}
