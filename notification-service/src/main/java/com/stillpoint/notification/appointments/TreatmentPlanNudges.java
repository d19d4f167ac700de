package com.stillpoint.notification.appointments;

import com.stillpoint.platform.tenancy.TenantCollection;
import com.stillpoint.platform.tenancy.TenantOwned;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The rebooking nudges pending for each treatment plan, by plan id: booking the plan's next session finds them by
 * key and cancels them.
 */
@Repository
public class TreatmentPlanNudges {

    private final TenantCollection<PlanNudges> plans;

    TreatmentPlanNudges(MongoOperations mongo) {
        this.plans = new TenantCollection<>(mongo, PlanNudges.class, "plan_nudges");
    }

    record PlanNudges(String id, String chainId, Set<String> messageIds) implements TenantOwned {
    }

    /** Remembers a nudge, before the nudge itself is stored. */
    public void list(String treatmentPlanId, String messageId) {
        plans.upsert(new Query(where("_id").is(treatmentPlanId)), new Update().addToSet("messageIds", messageId));
    }

    public Set<String> of(String treatmentPlanId) {
        Optional<PlanNudges> plan = plans.findById(treatmentPlanId);
        return plan.map(PlanNudges::messageIds).orElse(Set.of());
    }
}
