package com.stillpoint.intake.requests;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Intake requests, one per appointment. */
@Repository
public class IntakeRequests {

    private final AggregateStore<IntakeRequest> store;

    IntakeRequests(AggregateStores stores) {
        this.store = stores.create(IntakeRequest.class, "intake_requests");
    }

    public Optional<IntakeRequest> find(String appointmentId) {
        return store.find(appointmentId);
    }

    public IntakeRequest get(String appointmentId) {
        return store.get(appointmentId);
    }

    void add(IntakeRequest request) {
        store.insert(request);
    }

    void save(IntakeRequest request) {
        store.update(request);
    }
}
