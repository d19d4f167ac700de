package com.stillpoint.booking.therapists;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

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

    /** Every therapist of the chain, by name. */
    public List<Therapist> all() {
        return store.find(new Query().with(Sort.by("name")));
    }

    /** These therapists, by {@code _id}; unknown ids are left out. */
    public List<Therapist> findAll(Collection<String> ids) {
        return store.find(new Query(where("_id").in(ids)));
    }

    public Therapist add(Therapist therapist) {
        return store.insert(therapist);
    }

    public Therapist save(Therapist therapist) {
        return store.update(therapist);
    }
}
