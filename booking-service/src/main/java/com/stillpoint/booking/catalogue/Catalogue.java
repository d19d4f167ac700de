package com.stillpoint.booking.catalogue;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.stereotype.Repository;

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

    public ServiceOffering add(ServiceOffering offering) {
        return store.insert(offering);
    }
}
