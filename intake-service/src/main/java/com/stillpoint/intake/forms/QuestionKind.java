package com.stillpoint.intake.forms;

/** How a question is asked, and so which answers it accepts. */
public enum QuestionKind {
    /** One line of free text. */
    TEXT,
    /** Several lines of free text. */
    TEXTAREA,
    /** A phone number. */
    PHONE,
    /** Yes or no; its options are implied. */
    YES_NO,
    /** Exactly one of the options. */
    SINGLE_CHOICE,
    /** Any of the options. */
    MULTI_CHOICE,
    /** A whole number from {@code min} to {@code max}. */
    SCALE;

    boolean isFreeText() {
        return this == TEXT || this == TEXTAREA || this == PHONE;
    }
}
