package com.stillpoint.booking.intakeflags;

import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * Where an appointment's intake stands, as intake-service last said: a status only, never an answer.
 *
 * @param id   the appointment id
 * @param asOf when intake-service changed it; an older event never overwrites a newer one
 */
public record IntakeStatus(String id, String chainId, IntakeReadiness readiness, Instant asOf) implements TenantOwned {

    /** What the staff calendar shows: "intake missing", "needs review", or nothing once it is in order. */
    public String flag() {
        return switch (readiness) {
            case PENDING -> "Intake missing";
            case REVIEW_NEEDED -> "Needs review";
            case READY, REVIEWED -> null;
        };
    }
}
