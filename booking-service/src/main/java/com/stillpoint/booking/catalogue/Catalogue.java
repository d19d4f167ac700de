package com.stillpoint.booking.catalogue;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The chain's service catalogue. */
@Repository
public class Catalogue {

    private final AggregateStore<ServiceOffering> store;

    Catalogue(AggregateStores stores) {
        this.store = stores.create(ServiceOffering.class, "services");
    }

    public Optional<ServiceOffering> find(String id) {
        return store.find(id);
    }

    public ServiceOffering get(String id) {
        return store.get(id);
    }

    /** The whole catalogue, by name. */
    public List<ServiceOffering> all() {
        return store.find(new Query().with(Sort.by("name")));
    }

    public ServiceOffering add(ServiceOffering offering) {
        return store.insert(offering);
    }

    public ServiceOffering save(ServiceOffering offering) {
        return store.update(offering);
    }
}
