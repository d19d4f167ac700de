package com.stillpoint.intake.requests;

import com.stillpoint.intake.storage.ConcurrentWrites;
import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Intake requests, one per appointment. */
@Repository
public class IntakeRequests {

    private final AggregateStore<IntakeRequest> store;

    IntakeRequests(AggregateStores stores) {
        this.store = stores.create(IntakeRequest.class, "intake_requests");
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC).on("clientId", Sort.Direction.ASC)
                .on("appointmentStartsAt", Sort.Direction.ASC).named("requests_by_client"));
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("appointmentStartsAt", Sort.Direction.ASC).named("requests_by_start"));
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("therapistId", Sort.Direction.ASC).on("appointmentStartsAt", Sort.Direction.ASC)
                .named("requests_by_therapist"));
    }

    public Optional<IntakeRequest> find(String appointmentId) {
        return store.find(appointmentId);
    }

    public IntakeRequest get(String appointmentId) {
        return store.get(appointmentId);
    }

    /** A client's appointments that start after a time and were not cancelled, soonest first. */
    public List<IntakeRequest> upcomingOfClient(String clientId, Instant after) {
        return store.find(new Query(where("clientId").is(clientId).and("appointmentStartsAt").gt(after)
                .and("withdrawn").is(false)).with(Sort.by("appointmentStartsAt")));
    }

    /** Every appointment of the chain that starts after a time and was not cancelled. */
    List<IntakeRequest> upcoming(Instant after) {
        return store.find(new Query(where("appointmentStartsAt").gt(after).and("withdrawn").is(false)));
    }

    /** A therapist's appointments that start after a time and were not cancelled, soonest first. */
    public List<IntakeRequest> upcomingOfTherapist(String therapistId, Instant after) {
        return store.find(new Query(where("therapistId").is(therapistId).and("appointmentStartsAt").gt(after)
                .and("withdrawn").is(false)).with(Sort.by("appointmentStartsAt")));
    }

    /** The chain's appointments starting in {@code [from, to)} that were not cancelled, for the operations figures. */
    public List<IntakeRequest> startingBetween(Instant from, Instant to) {
        return store.find(new Query(where("appointmentStartsAt").gte(from).lt(to).and("withdrawn").is(false)));
    }

    void add(IntakeRequest request) {
        store.insert(request);
    }

    /**
     * Applies a change to the stored request and saves it if anything changed; a concurrent change in between
     * makes it start over from the newer state.
     *
     * @param change returns whether it changed anything
     */
    void change(String appointmentId, Predicate<IntakeRequest> change) {
        ConcurrentWrites.retry(() -> {
            IntakeRequest request = store.get(appointmentId);
            if (change.test(request)) {
                store.update(request);
            }
            return request;
        });
    }
}
