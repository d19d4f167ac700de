package com.stillpoint.intake.surveys;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Follow-up surveys, one per completed session. */
@Repository
public class Surveys {

    private final AggregateStore<Survey> store;

    Surveys(AggregateStores stores) {
        this.store = stores.create(Survey.class, Survey.COLLECTION);
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("treatmentPlanId", Sort.Direction.ASC).on("sessionStartsAt", Sort.Direction.ASC)
                .named("surveys_by_plan"));
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("sessionStartsAt", Sort.Direction.ASC).named("surveys_by_session"));
    }

    public Optional<Survey> find(String surveyId) {
        return store.find(surveyId);
    }

    public Survey get(String surveyId) {
        return store.get(surveyId);
    }

    /** The submitted surveys of a treatment plan, in session order. */
    List<Survey> submittedOfPlan(String treatmentPlanId) {
        return store.find(new Query(where("treatmentPlanId").is(treatmentPlanId).and("submittedAt").ne(null))
                .with(Sort.by("sessionStartsAt")));
    }

    /** The chain's surveys about sessions that started in {@code [from, to)}, for the operations figures. */
    public List<Survey> ofSessionsBetween(Instant from, Instant to) {
        return store.find(new Query(where("sessionStartsAt").gte(from).lt(to)));
    }

    void add(Survey survey) {
        store.insert(survey);
    }

    void save(Survey survey) {
        store.update(survey);
    }
}
