package com.stillpoint.booking.therapists;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The chain's therapists. */
@Repository
public class Therapists {

    private final AggregateStore<Therapist> store;

    Therapists(AggregateStores stores) {
        this.store = stores.create(Therapist.class, "therapists");
    }

    public Optional<Therapist> find(String id) {
        return store.find(id);
    }

    public Therapist get(String id) {
        return store.get(id);
    }

    public Therapist add(Therapist therapist) {
        return store.insert(therapist);
    }
}
