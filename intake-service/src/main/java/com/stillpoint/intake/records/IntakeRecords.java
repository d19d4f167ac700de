package com.stillpoint.intake.records;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Intake records, one per appointment a form was filled in for. */
@Repository
class IntakeRecords {

    private final AggregateStore<IntakeRecord> store;

    IntakeRecords(AggregateStores stores) {
        this.store = stores.create(IntakeRecord.class, IntakeRecord.COLLECTION);
    }

    Optional<IntakeRecord> find(String appointmentId) {
        return store.find(appointmentId);
    }

    IntakeRecord get(String appointmentId) {
        return store.get(appointmentId);
    }

    void add(IntakeRecord record) {
        store.insert(record);
    }

    void save(IntakeRecord record) {
        store.update(record);
    }
}
