package com.stillpoint.intake.requests;

import java.time.Instant;

/**
 * A submitted intake, as the requests that rely on it refer to it.
 *
 * @param recordId the intake record holding the answers
 * @param flagged  whether its answers met a contraindication rule, so a therapist must review it
 * @param modality the modality of the appointment it was filled in for
 */
public record IntakeRef(String recordId, Instant submittedAt, boolean flagged, String modality) {
}
