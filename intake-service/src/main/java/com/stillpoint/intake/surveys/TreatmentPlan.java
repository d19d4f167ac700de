package com.stillpoint.intake.surveys;

import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.Set;

/**
 * Intake's view of a treatment plan: whose it is and who treats it (from booking's events), and which measures
 * the chain chose to follow in it.
 *
 * @param id              booking's treatment plan id
 * @param therapistIds    every therapist with a session in the plan: the people who may read its outcomes
 * @param measures        measures asked in the plan's surveys on top of PHQ-4 (PHQ-9, GAD-7)
 * @param plannedSessions how many sessions the plan has, if known: the last one's survey is the plan's end point
 */
public record TreatmentPlan(String id, String chainId, String clientId, Set<String> therapistIds, Set<Measure> measures,
                            Integer plannedSessions, Instant measuresChangedAt) implements TenantOwned {

    public TreatmentPlan {
        therapistIds = therapistIds == null ? Set.of() : Set.copyOf(therapistIds);
        measures = measures == null ? Set.of() : Set.copyOf(measures);
    }

    public boolean isTreatedBy(String therapistId) {
        return therapistId != null && therapistIds.contains(therapistId);
    }
}
