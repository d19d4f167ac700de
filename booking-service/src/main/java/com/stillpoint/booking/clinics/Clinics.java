package com.stillpoint.booking.clinics;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The chain's clinics. */
@Repository
public class Clinics {

    private final AggregateStore<Clinic> store;

    Clinics(AggregateStores stores) {
        this.store = stores.create(Clinic.class, "clinics");
    }

    public Optional<Clinic> find(String id) {
        return store.find(id);
    }

    public Clinic get(String id) {
        return store.get(id);
    }

    /** Every clinic of the chain, by name. A chain has a handful; the chain filter keeps it to them. */
    public List<Clinic> all() {
        return store.find(new Query().with(Sort.by("name")));
    }

    public Clinic add(Clinic clinic) {
        return store.insert(clinic);
    }

    public Clinic save(Clinic clinic) {
        return store.update(clinic);
    }
}
