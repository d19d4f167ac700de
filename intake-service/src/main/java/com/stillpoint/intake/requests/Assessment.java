package com.stillpoint.intake.requests;

import java.util.Set;

/**
 * What a client still has to do before a session, and the intake the session can rely on meanwhile.
 *
 * @param validIntake {@code null} when none counts
 */
record Assessment(Set<Requirement> missing, IntakeRef validIntake) {
}
