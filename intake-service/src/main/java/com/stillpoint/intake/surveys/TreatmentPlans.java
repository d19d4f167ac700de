package com.stillpoint.intake.surveys;

import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Treatment plans as intake knows them. Every change is one atomic update, so redelivered events change nothing. */
@Repository
public class TreatmentPlans {

    private final TenantCollection<TreatmentPlan> plans;
    private final Clock clock;

    TreatmentPlans(MongoOperations mongo, Clock clock) {
        this.plans = new TenantCollection<>(mongo, TreatmentPlan.class, "treatment_plans");
        this.clock = clock;
        plans.ensureIndex(new Index().on("chainId", Sort.Direction.ASC).on("therapistIds", Sort.Direction.ASC)
                .named("plans_by_therapist"));
    }

    public Optional<TreatmentPlan> find(String planId) {
        return plans.findById(planId);
    }

    /** A session of the plan was booked, moved or held with a therapist. */
    public void recordSession(String planId, String clientId, String therapistId) {
        plans.upsert(new Query(where("_id").is(planId)), new Update().setOnInsert("clientId", clientId)
                .addToSet("therapistIds", therapistId));
    }

    /** @throws NotFoundException if the current chain has no such plan */
    public TreatmentPlan chooseMeasures(String planId, Set<Measure> measures, Integer plannedSessions) {
        if (plans.updateFirst(new Query(where("_id").is(planId)), new Update().set("measures", measures)
                .set("plannedSessions", plannedSessions).set("measuresChangedAt", clock.instant()))
                .getMatchedCount() == 0) {
            throw new NotFoundException("treatment plan", planId);
        }
        return plans.findById(planId).orElseThrow();
    }

    public List<TreatmentPlan> ofTherapist(String therapistId) {
        return plans.find(new Query(where("therapistIds").is(therapistId)));
    }
}
