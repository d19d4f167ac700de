package com.stillpoint.booking.plans;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.tenancy.TenantRef;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The chain's treatment plans. */
@Repository
class TreatmentPlans {

    private final AggregateStore<TreatmentPlan> store;

    TreatmentPlans(AggregateStores stores) {
        this.store = stores.create(TreatmentPlan.class, "treatment_plans");
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("requestedAt", Sort.Direction.ASC).named("plans_by_status"));
    }

    Optional<TreatmentPlan> find(String id) {
        return store.find(id);
    }

    TreatmentPlan get(String id) {
        return store.get(id);
    }

    TreatmentPlan add(TreatmentPlan plan) {
        return store.insert(plan);
    }

    TreatmentPlan save(TreatmentPlan plan) {
        return store.update(plan);
    }

    /** Plans, in any chain, still being booked since before the cut-off. */
    List<TenantRef> pendingSince(Instant cutoff) {
        return store.findAcrossChains(new Query(where("status").is(PlanStatus.PENDING).and("requestedAt").lt(cutoff)));
    }
}
