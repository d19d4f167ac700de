package com.stillpoint.intake.protection;

/** Who can open health data. */
public enum ReaderKind {
    /** A signed-in staff member; identified by their user name. */
    STAFF,
    /** The client, through their link session; identified by their client id. */
    CLIENT,
    /** intake-service itself, evaluating what a client submitted. */
    SYSTEM
}
